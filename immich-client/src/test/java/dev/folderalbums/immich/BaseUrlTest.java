package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.immich.internal.BaseUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest extends WireMockSupport {
  @RegisterExtension static WireMockExtension immich = newServer();

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/api", "/api/", "//"})
  void everyUsualFormOfTheUrlReachesTheApi(String suffix) {
    immich.stubFor(get("/api/server/version").willReturn(okJson("{\"major\":3,\"minor\":0,\"patch\":3}")));
    try (ImmichClient client = clientFor(immich).baseUrl(immich.baseUrl() + suffix).build()) {
      assertThat(client.serverVersion().getMajor()).isEqualTo(3);
      assertThat(client.baseUrl()).isEqualTo(immich.baseUrl() + "/api");
    }
    immich.verify(1, getRequestedFor(urlEqualTo("/api/server/version")));
  }

  @ParameterizedTest
  @CsvSource({
      "https://photos.example.com, https://photos.example.com/api",
      "HTTPS://photos.example.com:2283/, https://photos.example.com:2283/api",
      "http://nas.local/immich, http://nas.local/immich/api",
      "http://nas.local/immich/api/, http://nas.local/immich/api",
      "' https://photos.example.com/api ', https://photos.example.com/api",
  })
  void normalisation(String given, String expected) {
    assertThat(BaseUrls.apiBase(given)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"photos.example.com", "ftp://photos.example.com", "https://", "", "  ",
      "https://host/api?x=1", "http://user:pw@host"})
  void malformedUrlsAreRejectedWithAMessageNamingTheUrl(String given) {
    assertThatThrownBy(() -> BaseUrls.apiBase(given))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Immich URL")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw"));
  }

  @Test
  void anUrlWithoutSchemeIsRefusedWhenBuildingTheClient() {
    assertThatThrownBy(() -> ImmichClient.builder().baseUrl("photos.example.com").apiKey(KEY).build())
        .hasMessageContaining("http://").hasMessageContaining("https://");
  }
}
