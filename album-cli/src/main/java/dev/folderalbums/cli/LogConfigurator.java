package dev.folderalbums.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The command's logging set-up, in code: logback's XML configuration costs a seventh of a second at every start,
 * more than the rest of the logging does in a whole run. Lines go to stderr, so that stdout carries only results
 * (plan output, JSON reports): {@code HH:mm:ss.SSS LEVEL message}, then the stack trace if any. The root level comes
 * from the {@code folderalbums.logLevel} system property (INFO by default) until {@code --log-level} sets it; the
 * HTTP client's own loggers stay at WARN.
 *
 * <p>Found by logback through {@code META-INF/services}; a {@code logback.xml} of the user's, named by
 * {@code -Dlogback.configurationFile}, still wins.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    LineLayout layout = new LineLayout();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(System.getProperty("folderalbums.logLevel"), Level.INFO));
    root.addAppender(stderr);
    context.getLogger("org.apache.hc").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * Turns off the HTTP client's header and wire loggers, whatever configuration is in force (a user's
   * {@code logback.configurationFile} too): at DEBUG they print every request header, the API key among them.
   */
  static void keepTheKeyOutOfLogs() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger("org.apache.hc.client5.http.headers").setLevel(Level.OFF);
      context.getLogger("org.apache.hc.client5.http.wire").setLevel(Level.OFF);
    }
  }

  /** {@code %d{HH:mm:ss.SSS} %-5level %msg%n} and the throwable, without the pattern parser. */
  static final class LineLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

    @Override
    public String doLayout(ILoggingEvent event) {
      StringBuilder line = new StringBuilder(64)
          .append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ');
      String level = event.getLevel().toString();
      line.append(level);
      for (int pad = level.length(); pad < 5; pad++) {
        line.append(' ');
      }
      line.append(' ').append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
      if (event.getThrowableProxy() != null) {
        line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(CoreConstants.LINE_SEPARATOR);
      }
      return line.toString();
    }
  }
}
