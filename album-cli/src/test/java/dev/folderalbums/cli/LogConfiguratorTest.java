package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.InfoStatus;
import ch.qos.logback.core.status.StatusUtil;
import ch.qos.logback.core.status.WarnStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  /** The time is written by hand: it must read as the formatter writes it, in zones with odd offsets and DST too. */
  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kolkata", "Asia/Kathmandu",
      "Australia/Lord_Howe", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo"})
  void theTimeReadsAsTheFormatterWritesIt(String zoneId) {
    TimeZone zone = TimeZone.getTimeZone(zoneId);
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(zone.toZoneId());
    long[] instants = {0L, -1L, 999L, 1_000L, 86_399_999L, -86_400_001L,
        Instant.parse("2026-03-29T00:59:59.999Z").toEpochMilli(), Instant.parse("2026-03-29T01:00:00Z").toEpochMilli(),
        Instant.parse("2026-10-25T00:59:59.999Z").toEpochMilli(), Instant.parse("2026-10-25T01:00:00Z").toEpochMilli(),
        Instant.parse("2026-04-05T14:59:59.950Z").toEpochMilli(),
        Instant.parse("2026-12-02T13:05:44.007Z").toEpochMilli(), 4_102_444_800_555L};
    for (long millis : instants) {
      StringBuilder line = new StringBuilder();
      LogConfigurator.LineLayout.appendTime(line, millis, zone);
      assertThat(line.toString()).as("%s at %d", zoneId, millis)
          .isEqualTo(formatter.format(Instant.ofEpochMilli(millis)));
    }
  }

  @Test
  void stackTracesFollowTheLine() {
    assertThat(line(Level.ERROR, "failed", new IllegalStateException("boom")))
        .contains("ERROR failed")
        .contains("java.lang.IllegalStateException: boom")
        .contains("at dev.folderalbums.cli.LogConfiguratorTest");
  }

  @Test
  void logbacksOwnWarningsAndErrorsArePrintedAndItsInfoIsNot() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LogConfigurator.ProblemPrinter printer =
        new LogConfigurator.ProblemPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printer.addStatusEvent(new InfoStatus("configured", this));
    printer.addStatusEvent(new WarnStatus("no appender named X", this));
    printer.addStatusEvent(new ErrorStatus("cannot write", this, new IllegalStateException("disk full")));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .doesNotContain("configured")
        .contains("logback WARN: no appender named X")
        .contains("logback ERROR: cannot write")
        .contains("java.lang.IllegalStateException: disk full");
  }

  @Test
  void theCommandsContextHasAStatusListenerSoThatLogbacksPrinterStaysUnloaded() {
    LoggerContext live = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(StatusUtil.contextHasStatusListener(live)).isTrue();
  }

  @Test
  void theCommandsContextIsConfiguredInCode() {
    LoggerContext live = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(live.getLogger("org.apache.hc").getLevel()).isEqualTo(Level.WARN);
    assertThat(live.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
  }
}
