package dev.folderalbums.core.server;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.immich.ImmichClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscoveryTest {
  @RegisterExtension
  static WireMockExtension immich = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static String asset(String id, String path) {
    return "{\"id\":\"" + id + "\",\"ownerId\":\"u\",\"originalPath\":\"" + path + "\",\"fileCreatedAt\":"
        + "\"2024-05-01T12:34:56.000Z\",\"visibility\":\"timeline\",\"isOffline\":false,\"isTrashed\":false}";
  }

  private static void page(int page, String next, String... assets) {
    immich.stubFor(post("/api/search/metadata").withRequestBody(equalToJson("{\"page\":" + page + "}", true, true))
        .willReturn(okJson("{\"albums\":{\"items\":[]},\"assets\":{\"items\":[" + String.join(",", assets)
            + "],\"nextPage\":" + next + "}}")));
  }

  @Test
  void anAssetThatAMovingPageBoundaryDeliversTwiceIsKeptOnceInPageOrder() {
    immich.stubFor(get("/api/server/version").willReturn(okJson("{\"major\":3,\"minor\":0,\"patch\":3}")));
    immich.stubFor(get("/api/users/me").willReturn(okJson("{\"id\":\"11111111-2222-4333-8444-555555555555\","
        + "\"email\":\"me@example.com\",\"name\":\"Me\"}")));
    immich.stubFor(get("/api/api-keys/me").willReturn(notFound()));
    page(1, "\"2\"", asset("a", "/p/1/a.jpg"), asset("b", "/p/1/b.jpg"));
    page(2, "\"3\"", asset("b", "/p/1/b.jpg"), asset("c", "/p/2/c.jpg"));
    page(3, "null", asset("d", "/p/2/d.jpg"), asset("a", "/p/1/a.jpg"));
    page(4, "null");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> progress = new CopyOnWriteArrayList<>();
    AtomicInteger malformed = new AtomicInteger();
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey("k").build()) {
      ImmichServer server = ImmichServer.connect(client);
      List<Asset> found = server.discover(new ImmichServer.AssetQuery(false, Visibility.TIMELINE, null, null), 2,
          pool, 2, progress::add, m -> malformed.incrementAndGet());
      assertThat(found).extracting(Asset::id).containsExactly("a", "b", "c", "d");
    } finally {
      pool.shutdownNow();
    }
    assertThat(new ArrayList<>(progress)).as("assets received after each page").contains(6).allMatch(n -> n <= 6);
    assertThat(malformed).hasValue(0);
  }
}
