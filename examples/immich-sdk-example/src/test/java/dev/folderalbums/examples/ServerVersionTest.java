package dev.folderalbums.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerVersionTest {
  @RegisterExtension
  static WireMockExtension immich = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void aProjectDependingOnlyOnImmichClientReadsTheServerVersion() {
    immich.stubFor(get("/api/server/version").willReturn(okJson("{\"major\":3,\"minor\":0,\"patch\":3}")));
    assertThat(ServerVersion.of(immich.baseUrl(), "any-key")).isEqualTo("3.0.3");
  }
}
