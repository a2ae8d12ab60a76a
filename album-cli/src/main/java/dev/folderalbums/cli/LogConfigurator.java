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
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.io.PrintStream;
import java.util.TimeZone;
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
    // Without a status listener, logback loads its StatusPrinter after configuring, and that builds a date
    // formatter and reads the time-zone rules: about 10 ms of every start. Its warnings and errors come here instead.
    ProblemPrinter problems = new ProblemPrinter(System.err);
    context.getStatusManager().getCopyOfStatusList().forEach(problems::addStatusEvent);
    context.getStatusManager().add(problems);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Prints logback's own warnings and errors (a failing appender, say), as its status printer would. */
  static final class ProblemPrinter implements StatusListener {
    private final PrintStream out;

    ProblemPrinter(PrintStream out) {
      this.out = out;
    }

    @Override
    public void addStatusEvent(Status status) {
      if (status.getEffectiveLevel() < Status.WARN) {
        return;
      }
      out.println("logback " + (status.getLevel() == Status.ERROR ? "ERROR" : "WARN") + ": " + status.getMessage());
      if (status.getThrowable() != null) {
        status.getThrowable().printStackTrace(out);
      }
    }
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
    @Override
    public String doLayout(ILoggingEvent event) {
      StringBuilder line = new StringBuilder(64);
      appendTime(line, event.getTimeStamp(), LocalZone.ZONE);
      line.append(' ');
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

    /**
     * Appends {@code HH:mm:ss.SSS} of the instant in the zone. By hand rather than with a {@code DateTimeFormatter}
     * and a {@code ZoneId}: in a fresh JVM those two take about 20 ms to build, where the {@code TimeZone} takes 5.
     */
    static void appendTime(StringBuilder line, long epochMillis, TimeZone zone) {
      int millisOfDay = (int) Math.floorMod(epochMillis + zone.getOffset(epochMillis), 86_400_000L);
      twoDigits(line, millisOfDay / 3_600_000).append(':');
      twoDigits(line, millisOfDay / 60_000 % 60).append(':');
      twoDigits(line, millisOfDay / 1000 % 60).append('.');
      int millis = millisOfDay % 1000;
      line.append((char) ('0' + millis / 100));
      twoDigits(line, millis % 100);
    }

    private static StringBuilder twoDigits(StringBuilder line, int value) {
      return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
  }

  /** The JVM's zone (the {@code TZ} variable or {@code user.timezone}), read on the first line a run prints. */
  private static final class LocalZone {
    static final TimeZone ZONE = TimeZone.getDefault();
  }
}
