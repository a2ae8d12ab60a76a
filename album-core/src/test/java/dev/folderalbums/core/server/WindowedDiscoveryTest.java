package dev.folderalbums.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.testkit.FakeAsset;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.Generation;
import dev.folderalbums.testkit.RecordedRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A not-in-album search split into date windows finds what the whole search finds: every asset, once. */
class WindowedDiscoveryTest {
  private static final ImmichServer.AssetQuery NOT_IN_ALBUM =
      new ImmichServer.AssetQuery(true, Visibility.TIMELINE, null, null);
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /**
   * 6,000 assets over 40 months, many of them on a month's first instant, a millisecond before it or at one shared
   * instant; 1,200 of them in an album.
   *
   * @return the ids that a not-in-album search must find
   */
  private static Set<String> seed(FakeImmich immich, FakeUser me) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      paths.add("/photos/" + i % 40 + "/IMG_" + i + ".jpg");
    }
    List<FakeAsset> added = immich.addAssets(me, paths);
    Random random = new Random(11);
    Set<String> expected = new HashSet<>();
    List<String> inAlbum = new ArrayList<>();
    for (int i = 0; i < added.size(); i++) {
      FakeAsset a = added.get(i);
      Instant month = LocalDate.of(2020, 1, 1).plusMonths(i % 40).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant date = switch (i % 5) {
        case 0 -> month;
        case 1 -> month.minusMillis(1);
        case 2 -> Instant.parse("2021-07-04T12:00:00Z");
        default -> month.plusSeconds(random.nextInt(27 * 86_400));
      };
      immich.putAsset(new FakeAsset(a.id(), a.ownerId(), a.originalPath(), date, a.visibility(), false, false,
          null, a.type()));
      if (i % 5 == 3) {
        inAlbum.add(a.id());
      } else {
        expected.add(a.id());
      }
    }
    immich.addAlbum(me, "Kept", inAlbum);
    return expected;
  }

  private List<Asset> discover(FakeImmich immich, FakeUser me) {
    return discover(immich, me, 250);
  }

  private List<Asset> discover(FakeImmich immich, FakeUser me, int pageSize) {
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey()).build()) {
      return ImmichServer.connect(client).discover(NOT_IN_ALBUM, pageSize, pool, 4, n -> { }, m -> { });
    }
  }

  private static List<RecordedRequest> searches(FakeImmich immich) {
    return immich.requests().stream().filter(r -> r.endpoint().equals("POST /search/metadata")).toList();
  }

  @ParameterizedTest
  @EnumSource(Generation.class)
  void everyAssetIsFoundOnceWhateverItsDate(Generation generation) {
    try (FakeImmich immich = FakeImmich.start(generation)) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      Set<String> expected = seed(immich, me);
      immich.clearRequests();
      List<Asset> found = discover(immich, me);
      assertThat(found).extracting(Asset::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
      assertThat(immich.requests()).extracting(RecordedRequest::endpoint).containsOnlyOnce("GET /timeline/buckets")
          .as("the server's count confirms the windows").containsOnlyOnce("POST /search/statistics");
      List<RecordedRequest> searches = searches(immich);
      assertThat(searches.get(0).body()).as("page 1 of the whole search goes first, alone")
          .doesNotContain("takenAfter", "takenBefore");
      assertThat(searches.subList(1, searches.size())).as("then only windows")
          .allMatch(r -> r.body().contains("takenAfter") || r.body().contains("takenBefore"));
      // About a page per 250 assets plus each window's last page; a page past a window's end that a worker took
      // before the window's last page came back is possible, doubling is not.
      assertThat(searches).hasSizeBetween(4800 / 250 + 1, 2 * (4800 / 250));
    }
  }

  @Test
  void aServerWithoutTheTimelinesMonthsIsPagedWhole() {
    try (FakeImmich immich = FakeImmich.start()) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      Set<String> expected = seed(immich, me);
      immich.withoutEndpoint("GET /timeline/buckets");
      immich.clearRequests();
      assertThat(discover(immich, me)).extracting(Asset::id).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(searches(immich)).noneMatch(r -> r.body().contains("takenAfter") || r.body().contains("takenBefore"));
    }
  }

  @Test
  void aKeyWithoutTheCountPagesTheWholeSearch() {
    try (FakeImmich immich = FakeImmich.start()) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      Set<String> expected = seed(immich, me);
      immich.restrictKey(me, Set.of("asset.read", "album.read", "user.read"));
      immich.clearRequests();
      assertThat(discover(immich, me)).extracting(Asset::id).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(searches(immich)).noneMatch(r -> r.body().contains("takenAfter") || r.body().contains("takenBefore"));
    }
  }

  @Test
  void aRerunWithAFewPagesOutsideAlbumsSendsNoPagePastTheEndAndNoWindows() {
    try (FakeImmich immich = FakeImmich.start()) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      Set<String> expected = seed(immich, me);
      // All but 600 of them in albums: a rerun of a library with a few assets outside albums by design.
      List<String> rest = new ArrayList<>(expected).subList(600, expected.size());
      immich.addAlbum(me, "Most", rest);
      immich.clearRequests();
      assertThat(discover(immich, me)).hasSize(600);
      assertThat(searches(immich)).as("pages 1 to 3 of 250").hasSize(3);
      assertThat(immich.requests()).extracting(RecordedRequest::endpoint).containsOnlyOnce("POST /search/statistics")
          .doesNotContain("GET /timeline/buckets");
    }
  }

  @Test
  void aSearchThatFitsOnePageSendsOneRequest() {
    try (FakeImmich immich = FakeImmich.start()) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      immich.addAssets(me, List.of("/photos/a/1.jpg", "/photos/a/2.jpg"));
      immich.clearRequests();
      assertThat(discover(immich, me)).hasSize(2);
      assertThat(immich.requests()).extracting(RecordedRequest::endpoint).containsExactlyInAnyOrder(
          "GET /server/version", "GET /users/me", "POST /search/metadata");
    }
  }

  @Test
  void windowsCostTheModelledDatabaseLessThanTheWholeSearch() {
    long[] cost = new long[2];
    for (int variant = 0; variant < 2; variant++) {
      try (FakeImmich immich = FakeImmich.start()) {
        FakeUser me = immich.addUser("Me", "me@example.com");
        seed(immich, me);
        if (variant == 1) {
          immich.withoutEndpoint("GET /timeline/buckets");
        }
        // A millisecond a page, and a sort of the unassigned assets that costs more than the page at this size, as
        // it does at 500,000 assets on a real server. The modelled figures, not the delays, are compared.
        immich.searchCostModel(new FakeImmich.CostModel(1000, 0.1, 10));
        immich.clearRequests();
        discover(immich, me, 100); // 48 pages: the count and the whole first page weigh little beside them
        cost[variant] = immich.requests().stream().mapToLong(RecordedRequest::modelledCostMicros).sum();
      }
    }
    assertThat(cost[0]).as("windowed, against whole").isLessThan(cost[1] / 2);
  }
}
