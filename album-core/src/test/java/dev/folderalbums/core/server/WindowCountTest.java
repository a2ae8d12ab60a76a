package dev.folderalbums.core.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's count decides whether the date windows are trusted: a server whose date bounds leave an asset out of
 * every window (here asset "c") is paged whole as well. Answers in the shapes of Immich 3.x.
 */
class WindowCountTest {
  @RegisterExtension
  static WireMockExtension immich = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  private static String asset(String id, String date) {
    return "{\"id\":\"" + id + "\",\"ownerId\":\"u\",\"originalPath\":\"/p/" + id + ".jpg\",\"fileCreatedAt\":\""
        + date + "\",\"visibility\":\"timeline\",\"isOffline\":false,\"isTrashed\":false}";
  }

  private static String page(String next, String... assets) {
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
        "[{\"timeBucket\":\"2021-01-01\",\"count\":20},{\"timeBucket\":\"2020-01-01\",\"count\":20}]")));
    String a = asset("a", "2020-01-05T10:00:00.000Z");
    String b = asset("b", "2021-01-05T10:00:00.000Z");
    String c = asset("c", "2020-06-05T10:00:00.000Z");
    immich.stubFor(post("/api/search/metadata").atPriority(9).willReturn(okJson(page("null")))); // past the end
    // The whole search: page 1 (a, b), page 2 (c). The windows: a in the first, b in the second, c in none.
    immich.stubFor(post("/api/search/metadata").atPriority(5).withRequestBody(matchingJsonPath("$.page", equalTo("1")))
        .willReturn(okJson(page("\"2\"", a, b))));
    immich.stubFor(post("/api/search/metadata").atPriority(5).withRequestBody(matchingJsonPath("$.page", equalTo("2")))
        .willReturn(okJson(page("null", c))));
    immich.stubFor(post("/api/search/metadata").atPriority(1).withRequestBody(containing("takenBefore"))
        .willReturn(okJson(page("null", a))));
    immich.stubFor(post("/api/search/metadata").atPriority(1).withRequestBody(containing("takenAfter"))
        .willReturn(okJson(page("null", b))));
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private List<Asset> discover() {
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey("k").build()) {
      return ImmichServer.connect(client).discover(new ImmichServer.AssetQuery(true, Visibility.TIMELINE, null,
          null), 2, pool, 2, n -> { }, m -> { });
    }
  }

  @Test
  void aCountAboveWhatTheWindowsFoundPagesTheWholeSearch() {
    immich.stubFor(post("/api/search/statistics").willReturn(okJson("{\"total\":3}")));
    assertThat(discover()).extracting(Asset::id).containsExactlyInAnyOrder("a", "b", "c");
    immich.verify(postRequestedFor(urlPathEqualTo("/api/search/metadata"))
        .withRequestBody(matchingJsonPath("$.page", equalTo("2"))).withRequestBody(
            notContaining("taken")));
  }

  @Test
  void aCountThatMatchesIsTheEnd() {
    immich.stubFor(post("/api/search/statistics").willReturn(okJson("{\"total\":2}")));
    assertThat(discover()).extracting(Asset::id).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void withoutACountTheWindowsAreTrusted() {
    immich.stubFor(post("/api/search/statistics").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Missing required permission: asset.statistics\",\"statusCode\":403}")));
    assertThat(discover()).extracting(Asset::id).containsExactlyInAnyOrder("a", "b");
  }
}
