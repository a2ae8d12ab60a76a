package dev.folderalbums.core.server;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.error.ImmichUnexpectedResponseException;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.RecordedRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectTest {
  @Test
  void theVersionAndTheUserAreReadTogetherAndThePermissionsOnlyWhenAsked() {
    try (FakeImmich immich = FakeImmich.start()) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      immich.restrictKey(me, Set.of("asset.read", "album.read", "user.read"));
      immich.faults(FaultPlan.NONE.withLatency(300));
      try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey()).build()) {
        ImmichServer server = ImmichServer.connect(client);
        assertThat(server.userLabel()).isEqualTo("me@example.com");
        assertThat(immich.requests()).extracting(RecordedRequest::endpoint)
            .containsExactlyInAnyOrder("GET /server/version", "GET /users/me");
        // Sent one after another, the fake would never serve two of them at once.
        assertThat(immich.maxConcurrentRequests()).isEqualTo(2);
        assertThat(server.keyPermissions()).contains(Set.of("asset.read", "album.read", "user.read"));
        assertThat(server.keyPermissions()).contains(Set.of("asset.read", "album.read", "user.read"));
      }
      assertThat(immich.requests()).extracting(RecordedRequest::endpoint).filteredOn("GET /api-keys/me"::equals)
          .as("read once, when asked").hasSize(1);
    }
  }

  @Test
  void immich1IsNotAskedForTheKeysPermissions() {
    try (FakeImmich immich = FakeImmich.start(dev.folderalbums.testkit.Generation.V1)) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey()).build()) {
        assertThat(ImmichServer.connect(client).keyPermissions()).isEmpty();
      }
      assertThat(immich.requests()).extracting(RecordedRequest::endpoint).doesNotContain("GET /api-keys/me");
    }
  }

  @RegisterExtension
  static WireMockExtension proxy = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void aUserWithoutAnIdStopsTheRunBeforeAnyWrite() {
    proxy.stubFor(get(urlPathEqualTo("/api/server/version")).willReturn(okJson("{\"major\":3,\"minor\":0,"
        + "\"patch\":3}")));
    proxy.stubFor(get(urlPathEqualTo("/api/users/me")).willReturn(okJson("{\"name\":\"Me\"}")));
    try (ImmichClient client = ImmichClient.builder().baseUrl(proxy.baseUrl()).apiKey("key").build()) {
      assertThatThrownBy(() -> ImmichServer.connect(client))
          .isInstanceOf(ImmichUnexpectedResponseException.class)
          .hasMessage("GET /users/me answered without the user's id");
    }
    assertThat(proxy.getAllServeEvents()).extracting(e -> e.getRequest().getMethod().getName()).containsOnly("GET");
  }
}
