package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.generated.model.MetadataSearchDto;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeyHandlingTest extends WireMockSupport {
  @RegisterExtension static WireMockExtension immich = newServer();

  @Test
  void keyTravelsOnlyInTheHeaderAndNeverInAUrl() {
    immich.stubFor(any(anyUrl()).willReturn(okJson(json(
        "{'major':3,'minor':0,'patch':3,'assets':{'items':[],'nextPage':null,'count':0,'total':0,'facets':[]},"
            + "'albums':{'items':[],'count':0,'total':0,'facets':[]}}"))));
    immich.stubFor(get(urlPathEqualTo("/api/albums")).willReturn(okJson("[]")));
    try (ImmichClient client = clientFor(immich).build()) {
      client.me();
      client.call(() -> client.albums().getAllAlbums(null, null, true, null, "x"));
      client.call(() -> client.albums().getAlbumInfo(UUID.randomUUID(), null, null));
      client.searchMetadataPages(new MetadataSearchDto().size(10)).iterator().next();
      // The lean calls of an everyday run, too.
      client.version();
      client.whoAmI();
      client.albumSummaries(AlbumQuery.owned().withName("x"));
      client.searchAssetSummaries(AssetSearch.of("timeline"));
      client.countAssets(AssetSearch.of("timeline"));
    }
    List<ServeEvent> events = immich.getAllServeEvents();
    assertThat(events).hasSize(9);
    for (ServeEvent event : events) {
      assertThat(event.getRequest().getUrl()).doesNotContain(KEY).doesNotContain("immich_access_token");
      assertThat(event.getRequest().getHeader("x-api-key")).isEqualTo(KEY);
      assertThat(event.getRequest().getHeader("Authorization")).isNull();
      assertThat(event.getRequest().getCookies()).isEmpty();
    }
  }

  @Test
  void keyAppearsInNoMessageOrToString() {
    immich.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody(json("{'message':'Invalid API key','error':'Unauthorized','statusCode':401}"))));
    ImmichClient client = clientFor(immich).build();
    assertThat(client.toString()).doesNotContain(KEY);
    // The generated call and the lean one.
    for (ThrowingCallable call : List.<ThrowingCallable>of(client::me, client::whoAmI)) {
      assertThatThrownBy(call)
          .isInstanceOf(ImmichException.class)
          .satisfies(e -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
              assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
              assertThat(t.toString()).doesNotContain(KEY);
            }
          });
    }
    client.close();
  }

  @Test
  void theGeneratedSetApiKeyThatWouldLeakIntoUrlsIsRefused() {
    try (ImmichClient client = clientFor(immich).build()) {
      assertThatThrownBy(() -> client.api(c -> c.setApiKey("other")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void aMissingKeyIsRefusedAtBuildTime() {
    assertThatThrownBy(() -> ImmichClient.builder().baseUrl(immich.baseUrl()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("API key");
  }
}
