package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogConfiguratorTest {
  private final LoggerContext context = new LoggerContext();

  private String line(Level level, String message, Throwable thrown, Object... args) {
    LogConfigurator.LineLayout layout = new LogConfigurator.LineLayout();
    layout.setContext(context);
    layout.start();
    LoggingEvent event = new LoggingEvent("test", context.getLogger("x"), level, message, thrown, args);
    return layout.doLayout(event);
  }

  @Test
  void linesLookLikeTheFormerPattern() {
    assertThat(line(Level.WARN, "{} albums", null, 3)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  3 albums\\R");
    assertThat(line(Level.DEBUG, "x", null)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} DEBUG x\\R");
  }

  @Test
  void stackTracesFollowTheLine() {
    assertThat(line(Level.ERROR, "failed", new IllegalStateException("boom")))
        .contains("ERROR failed")
        .contains("java.lang.IllegalStateException: boom")
        .contains("at dev.folderalbums.cli.LogConfiguratorTest");
  }

  @Test
  void theCommandsContextIsConfiguredInCode() {
    LoggerContext live = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(live.getLogger("org.apache.hc").getLevel()).isEqualTo(Level.WARN);
    assertThat(live.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
  }
}
