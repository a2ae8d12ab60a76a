package dev.folderalbums.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.props.AlbumPropsReader;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.RetryPolicy;
import dev.folderalbums.testkit.FakeAlbum;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults, outages and a dying process: the final state equals a clean run's, with no duplicate album. */
class FaultToleranceTest {
  private final FakeImmich immich = FakeImmich.start();
  private final FakeUser me = immich.addUser("Me", "me@example.com");
  private static final List<String> PATHS = IntStream.range(0, 400)
      .mapToObj(i -> "/photos/" + (2000 + i % 20) + "/E" + (i % 7) + "/" + i + ".jpg").toList();

  @AfterEach
  void stop() {
    immich.close();
  }

  private SyncReport run(int maxAttempts) {
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey())
        .readTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts)
            .withBackoff(Duration.ofMillis(20), Duration.ofMillis(400)))
        .build()) {
      AlbumOptions options = AlbumOptions.builder().rootPath("/photos").albumLevels("2").build();
      // Short pauses before looking up an album whose create failed: the outcome, not the speed, is under test.
      return AlbumSync.builder(client, SyncOptions.builder(options).chunkSize(25).fetchChunkSize(100).threads(4)
          .unknownCreateWait(Duration.ofMillis(100)).build()).propsReader(AlbumPropsReader.NONE).build().run();
    } catch (SyncException e) {
      return null; // the run could not even start; a rerun follows
    }
  }

  private Map<String, List<String>> state() {
    Map<String, List<String>> out = new TreeMap<>();
    for (FakeAlbum a : immich.albums(me)) {
      assertThat(out).as("duplicate album " + a.name()).doesNotContainKey(a.name());
      out.put(a.name(), a.assetIds().stream().map(id -> immich.asset(id).originalPath()).sorted().toList());
    }
    return out;
  }

  private static Map<String, List<String>> cleanState() {
    try (FakeImmich clean = FakeImmich.start()) {
      FakeUser user = clean.addUser("Me", "me@example.com");
      clean.addAssets(user, PATHS);
      try (ImmichClient client = ImmichClient.builder().baseUrl(clean.baseUrl()).apiKey(user.apiKey()).build()) {
        AlbumSync.builder(client, SyncOptions.builder(AlbumOptions.builder().rootPath("/photos").albumLevels("2")
            .build()).build()).propsReader(AlbumPropsReader.NONE).build().run();
      }
      Map<String, List<String>> out = new TreeMap<>();
      for (FakeAlbum a : clean.albums(user)) {
        out.put(a.name(), a.assetIds().stream().map(id -> clean.asset(id).originalPath()).sorted().toList());
      }
      return out;
    }
  }

  @Test
  void randomServerErrorsResetsAndSpikesConvergeAfterAtMostOneRerun() {
    immich.addAssets(me, PATHS);
    // 5% 500/502/503, 1% connection resets, 1% latency spikes of 2 s.
    immich.faults(new FaultPlan(11, 0.05, List.of(500, 502, 503), 0.01, 0, 0.01, 2000));
    run(4);
    immich.restore();
    run(4);
    assertThat(state()).isEqualTo(cleanState());
  }

  @Test
  void lostAnswersAfterTheServerDidTheWorkNeverDuplicateAnAlbum() {
    immich.addAssets(me, PATHS);
    immich.faults(FaultPlan.NONE.withLostResponses(0.3));
    run(6);
    state(); // fails on a duplicate album name
    immich.restore();
    run(4);
    assertThat(state()).isEqualTo(cleanState());
  }

  /** The create outlasts the client's timeout: the album is looked up after pauses, never posted a second time. */
  @Test
  void aCreateSlowerThanTheTimeoutNeverMakesASecondAlbum() {
    List<String> paths = List.of("/photos/A/1.jpg", "/photos/A/2.jpg", "/photos/B/3.jpg", "/photos/C/4.jpg");
    immich.addAssets(me, paths);
    immich.slowCreates(Duration.ofSeconds(3));
    SyncReport report;
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey())
        .readTimeout(Duration.ofSeconds(2)).build()) {
      report = AlbumSync.builder(client, SyncOptions.builder(AlbumOptions.builder().rootPath("/photos").build())
          .build()).propsReader(AlbumPropsReader.NONE).build().run();
    }
    // The fake records a create when its work is done: wait for the slow ones (on a loaded machine they may finish
    // after the run gave up on them), then count. The bound only keeps a hang from blocking the build.
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (creates() < 3 && System.nanoTime() < until) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertThat(creates()).as("one create per album, whatever the timing").isEqualTo(3);
    state(); // no duplicate
    immich.slowCreates(Duration.ZERO);
    if (!report.failures().isEmpty()) { // a very slow machine: the next run finishes it
      assertThat(report.failures()).allMatch(f -> f.reason().contains("not created again"));
      run(4);
    }
    assertThat(state()).containsOnlyKeys("A", "B", "C").allSatisfy((name, members) -> assertThat(members)
        .isNotEmpty());
    assertThat(state().get("A")).containsExactly("/photos/A/1.jpg", "/photos/A/2.jpg");
  }

  private long creates() {
    return immich.requests().stream().filter(r -> r.method().equals("POST") && r.path().equals("/albums")).count();
  }

  /** Two runs on one account at once: any album both create is merged into the oldest before either ends. */
  @Test
  void twoRunsAtOnceLeaveNoDuplicateAlbum() throws Exception {
    immich.addAssets(me, PATHS);
    immich.faults(new FaultPlan(3, 0, List.of(), 0, 5, 0, 0));
    java.util.function.Supplier<SyncReport> withDelete = () -> {
      try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey()).build()) {
        AlbumOptions options = AlbumOptions.builder().rootPath("/photos").albumLevels("2").build();
        return AlbumSync.builder(client, SyncOptions.builder(options).deleteConfirm(true).threads(4).build())
            .propsReader(AlbumPropsReader.NONE).build().run();
      }
    };
    CompletableFuture<SyncReport> first = CompletableFuture.supplyAsync(withDelete);
    CompletableFuture<SyncReport> second = CompletableFuture.supplyAsync(withDelete);
    first.get();
    second.get();
    state(); // fails on a duplicate album name
    immich.restore();
    withDelete.get();
    assertThat(state()).isEqualTo(cleanState());
  }

  @Test
  void aServerThatStopsForAWhileMidRunConverges() throws Exception {
    immich.addAssets(me, PATHS);
    CompletableFuture<SyncReport> running = CompletableFuture.supplyAsync(() -> run(6));
    while (immich.requests().size() < 30 && !running.isDone()) {
      Thread.sleep(2);
    }
    immich.outage(Duration.ofSeconds(3));
    running.get();
    immich.restore();
    run(4);
    assertThat(state()).isEqualTo(cleanState());
  }

  @ParameterizedTest(name = "killed after {0} requests")
  @ValueSource(ints = {1, 3, 8, 15, 27, 40, 61, 90})
  void aProcessKilledAtAnyPointConvergesOnTheNextRun(int requestsBeforeDeath) {
    immich.addAssets(me, PATHS);
    immich.cutOffAfter(requestsBeforeDeath);
    run(1);
    immich.restore();
    run(4);
    assertThat(state()).isEqualTo(cleanState());
  }
}
