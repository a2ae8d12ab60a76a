package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.folderalbums.testkit.FakeAlbum;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.RecordedRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest extends CliTestSupport {
  @TempDir Path dir;

  @Test
  void thePythonToolsInvocationCreatesAlbumsAndARerunWritesNothing() {
    Result r = run("/photos", immich.baseUrl(), me.apiKey(), "-u", "-a", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.albums(me)).extracting(FakeAlbum::name)
        .containsExactly("2020", "2020 Feb", "Birthdays John");
    assertThat(r.out()).contains("3 albums created").contains("4 assets added");
    immich.clearRequests();
    Result again = run("/photos", immich.baseUrl(), me.apiKey(), "-u", "-a", "2");
    assertThat(again.exit()).isZero();
    assertThat(immich.successfulWrites()).isEmpty();
  }

  @Test
  void postRegexDoesNotSwallowThePositionalArguments() {
    Result r = run("-u", "-R", "\\d+", "X", "/photos", immich.baseUrl(), me.apiKey());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).containsExactly("Birthdays", "X");
    Result before = run("-u", "-R", "Birth", "/photos", immich.baseUrl(), me.apiKey(), "-A");
    assertThat(before.exit()).as(before.err()).isZero();
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).contains("days");
  }

  @Test
  void theContainerEnvironmentAloneConfiguresARun() {
    Map<String, String> env = Map.of("ROOT_PATH", "/photos,/other", "API_URL", immich.baseUrl(), "API_KEY",
        me.apiKey(), "UNATTENDED", "1", "ALBUM_LEVELS", "1", "IGNORE", "Birthdays:nothing",
        "ALBUM_NAME_POST_REGEX1", "'(\\d+)' 'Year \\1'", "SHARE_WITH", "mom@example.com=editor",
        "COMMENTS_AND_LIKES", "0", "ALBUM_ORDER", "asc");
    Result r = run(env, Terminal.NONE);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.albums(me)).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Year 2020");
      assertThat(a.users()).containsEntry(mom.id(), "editor");
      assertThat(a.activityEnabled()).isFalse();
      assertThat(a.order()).isEqualTo("asc");
    });
  }

  @Test
  void theCommandLineWinsOverTheEnvironment() {
    Map<String, String> env = Map.of("ROOT_PATH", "/photos", "API_URL", immich.baseUrl(), "API_KEY", me.apiKey(),
        "UNATTENDED", "true", "ALBUM_LEVELS", "2", "IGNORE", "2020");
    Result r = run(env, Terminal.NONE, "--album-levels", "1", "--ignore", "Birthdays");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).containsExactly("2020");
  }

  /** The image's entry point: a one-shot container without UNATTENDED previews; a scheduled one applies. */
  @Test
  void aContainerWithoutUnattendedPreviewsAndAScheduledOneApplies() {
    Map<String, String> oneShot = Map.of("ROOT_PATH", "/photos", "API_URL", immich.baseUrl(), "API_KEY",
        me.apiKey());
    Result preview = run(oneShot, Terminal.NONE);
    assertThat(preview.exit()).as(preview.err()).isZero();
    assertThat(preview.out()).contains("Dry run for me@example.com").contains("create album '2020'");
    assertThat(preview.err()).contains("nothing was applied: there is no terminal to confirm on")
        .contains("--unattended (UNATTENDED=1)");
    assertThat(immich.requests()).as("it contacted Immich and planned")
        .anyMatch(r -> r.path().equals("/search/metadata"));
    assertThat(immich.successfulWrites()).isEmpty();

    Map<String, String> scheduled = new java.util.HashMap<>(oneShot);
    scheduled.putAll(Map.of("CRON_EXPRESSION", "0 3 * * *", "RUN_IMMEDIATELY", "true", "TZ", "UTC"));
    assertThat(runScheduled(scheduled).exit()).isZero();
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).containsExactly("2020", "Birthdays");
  }

  @Test
  void booleanVariablesAreReadStrictly() {
    Map<String, String> env = Map.of("ROOT_PATH", "/photos", "API_URL", immich.baseUrl(), "API_KEY", me.apiKey(),
        "UNATTENDED", "0");
    Result r = run(env, Terminal.NONE);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("nothing was applied").contains("--unattended");
    assertThat(immich.albums(me)).isEmpty();
  }

  @Test
  void withoutUnattendedATerminalIsAskedAndTheAnswerDecides() {
    Result no = run(Map.of(), answering("n"), "/photos", immich.baseUrl(), me.apiKey());
    assertThat(no.out()).contains("This run would:").contains("create album '2020'").contains("Nothing changed.");
    assertThat(immich.albums(me)).isEmpty();
    Result yes = run(Map.of(), answering("y"), "/photos", immich.baseUrl(), me.apiKey());
    assertThat(yes.exit()).isZero();
    assertThat(immich.albums(me)).hasSize(2);
  }

  @Test
  void aLongConfirmationListIsShortened() {
    immich.addAssets(me, IntStream.range(0, 40).mapToObj(i -> "/photos/Many/F" + i + "/x.jpg")
        .toList());
    Result r = run(Map.of(), answering("n"), "/photos", immich.baseUrl(), me.apiKey(), "-a", "2");
    // 43 new albums, and the cover of the one with two assets
    assertThat(r.out()).contains("… and 19 more changes (--dry-run lists them all)");
    assertThat(r.out().lines().filter(l -> l.startsWith("  create album") || l.startsWith("  update"))).hasSize(25);
  }

  @Test
  void dryRunSendsNoWriteAndListsWhatItWouldDo() {
    Result r = run("/photos", immich.baseUrl(), me.apiKey(), "--dry-run");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Would do:").contains("create album 'Birthdays' with 1 assets");
    assertThat(immich.successfulWrites()).isEmpty();
  }

  @Test
  void cleanupDryRunThenConfirmed() {
    run("/photos", immich.baseUrl(), me.apiKey(), "-u");
    immich.clearRequests();
    Result dry = run("/photos", immich.baseUrl(), me.apiKey(), "-m", "CLEANUP");
    assertThat(dry.out()).contains("delete album '2020'").contains("needs --delete-confirm");
    assertThat(immich.successfulWrites()).isEmpty();
    Result confirmed = run("/photos", immich.baseUrl(), me.apiKey(), "-m", "CLEANUP", "-d");
    assertThat(confirmed.exit()).isZero();
    assertThat(immich.albums(me)).isEmpty();
    run("/photos", immich.baseUrl(), me.apiKey(), "-u");
    Result all = run("/photos", immich.baseUrl(), me.apiKey(), "--mode", "DELETE_ALL", "--delete-confirm");
    assertThat(all.exit()).isZero();
    assertThat(immich.albums(me)).isEmpty();
  }

  @Test
  void jsonReportForSeveralUsersAndAFailingFirstKey() throws IOException {
    FakeUser other = immich.addUser("Other", "other@example.com");
    immich.addAssets(other, List.of("/photos/Theirs/x.jpg"));
    Result r = run("/photos", immich.baseUrl(), "invalid-key", "--api-key", other.apiKey(), "--api-key",
        me.apiKey(), "-u", "--output", "json");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("API key 1 of 3").contains("check the key");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("runs").findValuesAsText("user")).containsExactly("other@example.com", "me@example.com");
    assertThat(json.path("runs").get(0).path("albumsCreated").asInt()).isEqualTo(1);
    assertThat(json.path("runs").get(0).path("requests").has("POST /albums")).isTrue();
    assertThat(immich.albums(other)).extracting(FakeAlbum::name).containsExactly("Theirs");
    assertThat(immich.albums(me)).hasSize(2);
  }

  @Test
  void keysFromFilesAsContainerSecrets() throws IOException {
    Path keys = dir.resolve("keys");
    Files.writeString(keys, me.apiKey() + "\n");
    Result r = run(Map.of("ROOT_PATH", "/photos", "API_URL", immich.baseUrl(), "API_KEY_FILE", keys.toString(),
        "UNATTENDED", "1"), Terminal.NONE);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.albums(me)).hasSize(2);
  }

  @Test
  void aKeyWithoutAPermissionNamesItBeforeAnyWrite() {
    immich.restrictKey(me, Set.of("user.read", "asset.read", "album.read"));
    Result r = run("/photos", immich.baseUrl(), me.apiKey(), "-u", "-O", "asc");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("lacks the permissions album.create, album.update, albumAsset.create");
    assertThat(immich.successfulWrites()).isEmpty();
    Result dry = run("/photos", immich.baseUrl(), me.apiKey(), "--dry-run");
    assertThat(dry.exit()).as("a dry run needs only read permissions").isZero();
  }

  @Test
  void aKeyThatMayNotReadIsAConfigurationErrorNamingThePermission() {
    immich.restrictKey(me, Set.of("user.read", "album.read"));
    Result r = run("/photos", immich.baseUrl(), me.apiKey(), "-u");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("folder-albums: permissions: ").contains("asset.read")
        .contains("Account Settings > API Keys");
    assertThat(immich.successfulWrites()).isEmpty();
  }

  @Test
  void anUnreachableHostExitsWith3AndSaysSo() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Result r = run("/photos", "http://127.0.0.1:" + port, me.apiKey(), "-u", "--max-retry-count", "0");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("cannot reach Immich").contains("127.0.0.1:" + port);
    assertThat(r.err().lines().findFirst().orElse("")).startsWith("folder-albums: URL: cannot reach Immich")
        .contains("the connection was refused").contains("check the URL and the port")
        .doesNotContain("Exception").doesNotContain("API key");
  }

  @Test
  void somethingThatIsNotImmichIsNamedAsSuchNotBlamedOnTheKey() throws IOException {
    com.sun.net.httpserver.HttpServer web = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    web.createContext("/", exchange -> {
      byte[] body = "<html>not found</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    web.start();
    try {
      Result r = run("/photos", "http://127.0.0.1:" + web.getAddress().getPort(), me.apiKey(), "-u");
      assertThat(r.exit()).isEqualTo(3);
      assertThat(r.err()).startsWith("folder-albums: URL: ").contains("is this Immich?").doesNotContain("key");
    } finally {
      web.stop(0);
    }
  }

  @Test
  void aRootThatMatchesNothingWarnsAndPointsToDoctor() {
    Result r = run("/elsewhere", immich.baseUrl(), me.apiKey(), "-u");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("doctor");
  }

  @Test
  void theSchedulerRunsOnTheCronScheduleAndStops() {
    AtomicBoolean stopped = new AtomicBoolean();
    FakeClock clock = new FakeClock();
    AtomicInteger runs = new AtomicInteger();
    Scheduler scheduler = new Scheduler("*/15 * * * *", ZoneId.of("Europe/Berlin"), clock);
    int made = scheduler.run(() -> {
      if (runs.incrementAndGet() == 3) {
        stopped.set(true);
      }
    }, true, stopped::get);
    assertThat(made).isEqualTo(3);
    assertThat(clock.sleeps).extracting(t -> t.toLocalTime().toString()).containsExactly("11:15", "11:30");
  }

  @Test
  void cronFromTheEnvironmentRunsImmediatelyWhenAsked() {
    StringWriterResult r = runScheduled(Map.of("ROOT_PATH", "/photos", "API_URL", immich.baseUrl(), "API_KEY",
        me.apiKey(), "UNATTENDED", "1", "CRON_EXPRESSION", "0 3 * * *", "RUN_IMMEDIATELY", "true", "TZ", "UTC"));
    assertThat(r.exit()).isZero();
    assertThat(immich.albums(me)).hasSize(2);
  }

  record StringWriterResult(int exit) {}

  private StringWriterResult runScheduled(Map<String, String> env) {
    AtomicBoolean stopped = new AtomicBoolean();
    Scheduler.Clock clock = new Scheduler.Clock() {
      @Override
      public ZonedDateTime now(ZoneId zone) {
        return ZonedDateTime.now(zone);
      }

      @Override
      public void sleepUntil(ZonedDateTime until) {
        stopped.set(true); // stop at the first wait, as SIGTERM would
      }
    };
    int exit = FolderAlbumsCommand.run(new String[0], new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), env, Terminal.NONE, clock, stopped);
    return new StringWriterResult(exit);
  }

  @Test
  void failingScheduledRunsDoNotEndTheSchedule() {
    AtomicBoolean stopped = new AtomicBoolean();
    AtomicInteger wakeUps = new AtomicInteger();
    Scheduler.Clock clock = new Scheduler.Clock() {
      private ZonedDateTime now = ZonedDateTime.parse("2026-11-25T10:07:00Z");

      @Override
      public ZonedDateTime now(ZoneId zone) {
        return now.withZoneSameInstant(zone);
      }

      @Override
      public void sleepUntil(ZonedDateTime until) {
        now = until;
        if (wakeUps.incrementAndGet() == 3) {
          stopped.set(true); // as SIGTERM would, at the third wait
        }
      }
    };
    StringWriter err = new StringWriter();
    int exit = FolderAlbumsCommand.run(new String[0], new PrintWriter(new StringWriter()),
        new PrintWriter(err, true), Map.of("ROOT_PATH", "/photos", "API_URL", "http://127.0.0.1:1",
            "API_KEY", me.apiKey(), "UNATTENDED", "1", "CRON_EXPRESSION", "0 * * * *", "RUN_IMMEDIATELY", "1",
            "MAX_RETRY_COUNT", "0", "API_TIMEOUT", "1"), Terminal.NONE, clock, stopped);
    assertThat(exit).isZero();
    assertThat(err.toString().lines().filter(l -> l.contains("cannot reach Immich"))).hasSize(3);
  }

  @Test
  void theRequestLogShowsTheKeyOnlyInTheHeader() {
    run("/photos", immich.baseUrl(), me.apiKey(), "-u", "--log-level", "DEBUG");
    for (RecordedRequest request : immich.requests()) {
      assertThat(request.url()).doesNotContain(me.apiKey());
    }
  }

  @Test
  void threadsBoundTheRequestsInFlightAndAreAllUsed() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      paths.add("/photos/Many/Folder " + i + "/x.jpg");
    }
    immich.addAssets(me, paths);
    immich.faults(FaultPlan.NONE.withLatency(30));
    immich.clearRequests();
    Result r = run("/photos", immich.baseUrl(), me.apiKey(), "-u", "-a", "2", "--threads", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.albums(me)).hasSizeGreaterThan(40);
    // The sync keeps more workers than threads; the connection pool holds the server's view to --threads.
    assertThat(immich.maxConcurrentRequests()).isEqualTo(3);
  }
}
