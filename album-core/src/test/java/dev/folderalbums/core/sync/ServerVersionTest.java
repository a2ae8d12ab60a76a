package dev.folderalbums.core.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.immich.ImmichClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerVersionTest {
  @RegisterExtension
  static WireMockExtension immich = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @ParameterizedTest(name = "Immich {0}.{1}")
  @CsvSource({"1, 120", "1, 134", "4, 0", "0, 9"})
  void unsupportedVersionsGetAClearErrorNamingTheRange(int major, int minor) {
    immich.stubFor(get("/api/server/version").willReturn(okJson("{\"major\":" + major + ",\"minor\":" + minor
        + ",\"patch\":0}")));
    immich.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey("k").build()) {
      SyncOptions options = SyncOptions.builder(AlbumOptions.builder().rootPath("/p").build()).build();
      assertThatThrownBy(() -> AlbumSync.builder(client, options).build().run())
          .isInstanceOfSatisfying(SyncException.class,
              e -> assertThat(e.kind()).isEqualTo(SyncException.Kind.CONFIGURATION))
          .hasMessageContaining("Immich " + major + "." + minor + ".0 is not supported")
          .hasMessageContaining("1.135 to 3.x");
    }
    assertThat(immich.getAllServeEvents()).noneMatch(e -> !e.getRequest().getMethod().getName().equals("GET"));
  }
}
