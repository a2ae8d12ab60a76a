package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.immich.error.ImmichBadRequestException;
import dev.folderalbums.immich.error.ImmichServerException;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.generated.model.CreateAlbumDto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest extends WireMockSupport {
  @RegisterExtension static WireMockExtension immich = newServer();

  private static final String VERSION = "{\"major\":3,\"minor\":0,\"patch\":3}";

  /** Answers the given statuses in turn, then 200. */
  private void failThenSucceed(String url, int... statuses) {
    String state = STARTED;
    for (int i = 0; i < statuses.length; i++) {
      immich.stubFor(get(url).inScenario("flaky").whenScenarioStateIs(state)
          .willReturn(aResponse().withStatus(statuses[i]).withBody("{\"message\":\"busy\"}"))
          .willSetStateTo("s" + i));
      state = "s" + i;
    }
    immich.stubFor(get(url).inScenario("flaky").whenScenarioStateIs(state).willReturn(okJson(VERSION)));
  }

  @Test
  void succeedsAfterTwo503s() {
    failThenSucceed("/api/server/version", 503, 503);
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(client.serverVersion().getPatch()).isEqualTo(3);
    }
    immich.verify(3, getRequestedFor(urlEqualTo("/api/server/version")));
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void backoffGrowsExponentiallyWithJitterWithinTheCeiling() {
    failThenSucceed("/api/server/version", 502, 504, 503);
    RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(5));
    try (ImmichClient client = clientFor(immich).retryPolicy(policy).build()) {
      client.serverVersion();
    }
    assertThat(sleeps).hasSize(3);
    assertThat(sleeps.get(0).toMillis()).isBetween(50L, 100L);
    assertThat(sleeps.get(1).toMillis()).isBetween(100L, 200L);
    assertThat(sleeps.get(2).toMillis()).isBetween(125L, 250L);
  }

  @Test
  void givesUpAfterMaxAttempts() {
    immich.stubFor(get("/api/server/version").willReturn(aResponse().withStatus(503)));
    try (ImmichClient client = clientFor(immich).retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(4)).build()) {
      assertThatThrownBy(client::serverVersion).isInstanceOf(ImmichServerException.class)
          .hasMessageContaining("after 4 attempts");
    }
    immich.verify(4, getRequestedFor(urlEqualTo("/api/server/version")));
  }

  @Test
  void neverRetriesA400() {
    immich.stubFor(get("/api/server/version").willReturn(aResponse().withStatus(400)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThatThrownBy(client::serverVersion).isInstanceOf(ImmichBadRequestException.class);
    }
    immich.verify(1, getRequestedFor(urlEqualTo("/api/server/version")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void honoursRetryAfterOn429() {
    failThenSucceed("/api/server/version", 429);
    immich.stubFor(get("/api/server/version").inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("s0"));
    try (ImmichClient client = clientFor(immich).build()) {
      client.serverVersion();
    }
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retriesAConnectionResetOnARead() {
    immich.stubFor(get("/api/server/version").inScenario("reset").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    immich.stubFor(get("/api/server/version").inScenario("reset").whenScenarioStateIs("ok")
        .willReturn(okJson(VERSION)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(client.serverVersion().getMajor()).isEqualTo(3);
    }
    immich.verify(2, getRequestedFor(urlEqualTo("/api/server/version")));
  }

  @Test
  void albumCreationIsNotRepeatedAfterAnAmbiguousFailure() {
    immich.stubFor(post("/api/albums").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThatThrownBy(() -> client.call(() -> client.albums().createAlbum(new CreateAlbumDto().albumName("A"))))
          .isInstanceOf(ImmichTransportException.class);
    }
    immich.verify(1, postRequestedFor(urlEqualTo("/api/albums")));
  }

  @Test
  void albumCreationIsNotRepeatedAfterA502ButIsAfterA503() {
    immich.stubFor(post("/api/albums").willReturn(aResponse().withStatus(502)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThatThrownBy(() -> client.call(() -> client.albums().createAlbum(new CreateAlbumDto().albumName("A"))))
          .isInstanceOf(ImmichServerException.class);
    }
    immich.verify(1, postRequestedFor(urlEqualTo("/api/albums")));

    immich.resetAll();
    immich.stubFor(post("/api/albums").willReturn(aResponse().withStatus(503)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThatThrownBy(() -> client.call(() -> client.albums().createAlbum(new CreateAlbumDto().albumName("A"))))
          .isInstanceOf(ImmichServerException.class);
    }
    immich.verify(3, postRequestedFor(urlEqualTo("/api/albums")));
  }

  @Test
  void a500IsRetriedOnReadsButNeverOnACreate() {
    failThenSucceed("/api/server/version", 500, 500);
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(client.serverVersion().getPatch()).isEqualTo(3);
    }
    immich.verify(3, getRequestedFor(urlEqualTo("/api/server/version")));

    immich.resetAll();
    immich.stubFor(post("/api/albums").willReturn(aResponse().withStatus(500)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThatThrownBy(() -> client.call(() -> client.albums().createAlbum(new CreateAlbumDto().albumName("A"))))
          .isInstanceOf(ImmichServerException.class);
    }
    immich.verify(1, postRequestedFor(urlEqualTo("/api/albums")));
  }

  @Test
  void searchesArePostsButAreRetried() {
    immich.stubFor(post("/api/search/metadata").willReturn(aResponse().withStatus(502)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThatThrownBy(() -> client.searchMetadataPages(
          new dev.folderalbums.immich.generated.model.MetadataSearchDto()).iterator().next())
          .isInstanceOf(ImmichServerException.class);
    }
    immich.verify(3, postRequestedFor(urlEqualTo("/api/search/metadata")));
  }

  @Test
  void theListenerSeesEveryAttempt() {
    failThenSucceed("/api/server/version", 503);
    List<String> seen = new ArrayList<>();
    try (ImmichClient client = clientFor(immich)
        .requestListener((m, p, s, n, a) -> seen.add(m + " " + p + " " + s + " #" + a)).build()) {
      client.serverVersion();
    }
    assertThat(seen).containsExactly("GET /server/version 503 #1", "GET /server/version 200 #2");
  }
}
