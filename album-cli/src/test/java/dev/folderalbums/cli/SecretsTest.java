package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** A sentinel key must appear nowhere: not in output, logs at any level, errors, or URLs. */
class SecretsTest extends CliTestSupport {

  @ParameterizedTest
  @ValueSource(strings = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"})
  void theKeyAppearsNowhereAtAnyLogLevel(String level) {
    FakeUser sentinel = immich.addUser("Sentinel", "sentinel@example.com");
    immich.addAssets(sentinel, List.of("/photos/S/x.jpg", "/photos/T/y.jpg"));
    immich.faults(new FaultPlan(5, 0.2, List.of(503), 0, 0, 0, 0));
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    Result ok;
    Result bad;
    try {
      System.setOut(capture);
      System.setErr(capture);
      ok = run("/photos", immich.baseUrl(), sentinel.apiKey(), "-u", "--log-level", level, "--output", "json");
      bad = run("/photos", immich.baseUrl(), "SENTINEL-wrong-key-42", "-u", "--log-level", level);
    } finally {
      System.setOut(realOut);
      System.setErr(realErr);
      FolderAlbumsCommand.setLogLevel("INFO");
    }
    String everything = ok.out() + ok.err() + bad.out() + bad.err() + captured.toString(StandardCharsets.UTF_8);
    assertThat(everything).doesNotContain(sentinel.apiKey()).doesNotContain("SENTINEL-wrong-key-42");
    for (RecordedRequest r : immich.requests()) {
      assertThat(r.url()).doesNotContain(sentinel.apiKey()).doesNotContain("SENTINEL-wrong-key-42");
    }
    assertThat(immich.requests()).filteredOn(r -> r.apiKeyHeader() != null)
        .allSatisfy(r -> assertThat(r.apiKeyHeader()).isIn(sentinel.apiKey(), "SENTINEL-wrong-key-42"));
    if (level.equals("DEBUG")) {
      assertThat(captured.toString(StandardCharsets.UTF_8)).contains("/search/metadata");
    }
  }

  /** With ROOT_PATH left out, the key shifts into API_URL's place: the message describes it and never quotes it. */
  @Test
  void aKeyInTheWrongPlaceIsNeverEchoed() {
    String key = "SECRETKEY0123456789abcdefghijklmnopqrstuvw";
    List<Result> results = List.of(
        run("http://127.0.0.1:9", key),
        run("http://127.0.0.1:9", key, "-u"),
        run(java.util.Map.of("ROOT_PATH", "/photos"), Terminal.NONE, "http://127.0.0.1:9", key),
        run("doctor", "http://127.0.0.1:9", key),
        run(java.util.Map.of("ROOT_PATH", "/photos"), Terminal.NONE, "doctor", "http://127.0.0.1:9", key),
        run(java.util.Map.of("ROOT_PATH", "/photos", "API_URL", key, "API_KEY", "x"), Terminal.NONE),
        run(key),
        run(key, "https://photos.example.com", "k"),
        run("/photos", key, "k"));
    for (Result r : results) {
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(r.out() + r.err()).as(r.err()).doesNotContain(key).contains("folder-albums: ");
    }
    assertThat(results.get(0).err()).contains("API_URL: the second argument is not a usable Immich URL");
    assertThat(results.get(5).err()).contains("API_URL: the variable API_URL is not a usable Immich URL");
    assertThat(immich.requests()).isEmpty();
  }

  @Test
  void aUsersOwnDebugConfigurationOfTheHttpClientStillLogsNoKey() {
    FakeUser sentinel = immich.addUser("Sentinel", "sentinel@example.com");
    immich.addAssets(sentinel, List.of("/photos/S/x.jpg"));
    LoggerContext context =
        (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger http = context.getLogger("org.apache.hc");
    ListAppender<ILoggingEvent> events =
        new ListAppender<>();
    events.setContext(context);
    events.start();
    Level before = http.getLevel();
    http.setLevel(Level.DEBUG); // as a logback.configurationFile of the user's might
    http.addAppender(events);
    try {
      Result r = run("/photos", immich.baseUrl(), sentinel.apiKey(), "-u", "--log-level", "DEBUG");
      assertThat(r.exit()).as(r.err()).isZero();
    } finally {
      http.detachAppender(events);
      http.setLevel(before);
      FolderAlbumsCommand.setLogLevel("INFO");
    }
    assertThat(events.list).as("the HTTP client logged at DEBUG").isNotEmpty();
    assertThat(events.list).noneMatch(e -> e.getFormattedMessage().contains(sentinel.apiKey()));
  }
}
