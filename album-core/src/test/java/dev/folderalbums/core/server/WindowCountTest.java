package dev.folderalbums.core.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.immich.ImmichClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's count decides about the date windows: it must be there, it must be big enough, and the windows must
 * find that many assets. Here the server's date bounds leave asset "c" out of every window. Answers in the shapes of
 * Immich 3.x; a stub's page may hold more than the page size, which the client does not mind.
 */
class WindowCountTest {
  @RegisterExtension
  static WireMockExtension immich = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final List<String> earlier = new ArrayList<>();
  private final List<String> later = new ArrayList<>();
  private final List<String> all = new ArrayList<>();

  private static String asset(String id, String date) {
    return "{\"id\":\"" + id + "\",\"ownerId\":\"u\",\"originalPath\":\"/p/" + id + ".jpg\",\"fileCreatedAt\":\""
        + date + "\",\"visibility\":\"timeline\",\"isOffline\":false,\"isTrashed\":false}";
  }

  private static String page(String next, List<String> assets) {
    return "{\"albums\":{\"items\":[]},\"assets\":{\"items\":[" + String.join(",", assets) + "],\"nextPage\":"
        + next + "}}";
  }

  @BeforeEach
  void server() {
    immich.stubFor(get("/api/server/version").willReturn(okJson("{\"major\":3,\"minor\":0,\"patch\":3}")));
    immich.stubFor(get("/api/users/me").willReturn(okJson("{\"id\":\"11111111-2222-4333-8444-555555555555\","
        + "\"email\":\"me@example.com\",\"name\":\"Me\"}")));
    immich.stubFor(get("/api/api-keys/me").willReturn(notFound()));
    immich.stubFor(get(urlPathEqualTo("/api/timeline/buckets")).willReturn(okJson(
        "[{\"timeBucket\":\"2021-01-01\",\"count\":10},{\"timeBucket\":\"2020-01-01\",\"count\":10}]")));
    for (int i = 0; i < 10; i++) {
      earlier.add(asset("a" + i, "2020-01-05T10:00:00.000Z"));
      later.add(asset("b" + i, "2021-01-05T10:00:00.000Z"));
    }
    all.addAll(earlier);
    all.addAll(later);
    all.add(asset("c", "2020-06-05T10:00:00.000Z"));
    immich.stubFor(post("/api/search/metadata").atPriority(9).willReturn(okJson(page("null", List.of()))));
    // The whole search: page 1 (two assets), page 2 (all 21).
    immich.stubFor(post("/api/search/metadata").atPriority(5).withRequestBody(matchingJsonPath("$.page",
        equalTo("1"))).willReturn(okJson(page("\"2\"", all.subList(0, 2)))));
    immich.stubFor(post("/api/search/metadata").atPriority(5).withRequestBody(matchingJsonPath("$.page",
        equalTo("2"))).willReturn(okJson(page("null", all))));
    // The windows: the first has an upper bound only, the second a lower bound only; "c" is in neither.
    immich.stubFor(post("/api/search/metadata").atPriority(1).withRequestBody(containing("takenBefore"))
        .willReturn(okJson(page("null", earlier))));
    immich.stubFor(post("/api/search/metadata").atPriority(1).withRequestBody(containing("takenAfter"))
        .willReturn(okJson(page("null", later))));
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private List<String> discover() {
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey("k").build()) {
      return ImmichServer.connect(client).discover(new ImmichServer.AssetQuery(true, Visibility.TIMELINE, null,
          null), 2, pool, 2, n -> { }, m -> { }).stream().map(Asset::id).toList();
    }
  }

  private static int windowSearches() {
    return immich.findAll(postRequestedFor(urlPathEqualTo("/api/search/metadata"))
        .withRequestBody(containing("taken"))).size();
  }

  @Test
  void aCountAboveWhatTheWindowsFoundPagesTheWholeSearch() {
    immich.stubFor(post("/api/search/statistics").willReturn(okJson("{\"total\":21}")));
    assertThat(discover()).hasSize(21).contains("c").doesNotHaveDuplicates();
    assertThat(windowSearches()).isEqualTo(2);
  }

  @Test
  void aCountThatTheWindowsMatchEndsTheSearch() {
    immich.stubFor(post("/api/search/statistics").willReturn(okJson("{\"total\":20}")));
    assertThat(discover()).hasSize(20).doesNotContain("c");
    assertThat(windowSearches()).isEqualTo(2);
  }

  @Test
  void aSmallCountPagesTheWholeSearch() {
    immich.stubFor(post("/api/search/statistics").willReturn(okJson("{\"total\":19}")));
    assertThat(discover()).hasSize(21);
    assertThat(windowSearches()).isZero();
  }

  @Test
  void aLibraryThatGrewAfterTheCountIsPagedToItsEnd() {
    immich.stubFor(post("/api/search/statistics").willReturn(okJson("{\"total\":3}")));
    immich.stubFor(post("/api/search/metadata").atPriority(2).withRequestBody(matchingJsonPath("$.page",
        equalTo("2"))).willReturn(okJson(page("\"3\"", all.subList(2, 4)))));
    immich.stubFor(post("/api/search/metadata").atPriority(2).withRequestBody(matchingJsonPath("$.page",
        equalTo("3"))).willReturn(okJson(page("null", List.of(asset("x", "2022-01-01T00:00:00.000Z"))))));
    assertThat(discover()).hasSize(5).contains("x");
    assertThat(immich.findAll(postRequestedFor(urlPathEqualTo("/api/search/metadata")))).hasSize(3);
  }

  @Test
  void withoutACountTheWholeSearchIsPaged() {
    immich.stubFor(post("/api/search/statistics").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Missing required permission: asset.statistics\",\"statusCode\":403}")));
    assertThat(discover()).hasSize(21).contains("c");
    assertThat(windowSearches()).isZero();
  }
}
