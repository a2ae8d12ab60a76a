package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.immich.error.ImmichBadRequestException;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.error.ImmichForbiddenException;
import dev.folderalbums.immich.error.ImmichNotFoundException;
import dev.folderalbums.immich.error.ImmichRateLimitedException;
import dev.folderalbums.immich.error.ImmichServerException;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.error.ImmichUnauthorizedException;
import dev.folderalbums.immich.error.ImmichUnexpectedResponseException;
import dev.folderalbums.immich.generated.model.CreateAlbumDto;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorMappingTest extends WireMockSupport {
  @RegisterExtension static WireMockExtension immich = newServer();

  private ImmichException failingWith(int status, String body) {
    immich.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
    try (ImmichClient client = clientFor(immich).build()) {
      return catchThrowableOfType(ImmichException.class,
          () -> client.call(() -> client.albums().createAlbum(new CreateAlbumDto().albumName("Trip"))));
    }
  }

  @Test
  void badRequestCarriesImmichsMessagesMethodAndPath() {
    ImmichException e = failingWith(400, json(
        "{'message':['albumName must be a string','description must be a string'],'error':'Bad Request',"
            + "'statusCode':400,'correlationId':'abc'}"));
    assertThat(e).isInstanceOf(ImmichBadRequestException.class);
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/albums");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.serverMessage()).hasValue("albumName must be a string; description must be a string");
    assertThat(e.getMessage()).startsWith("POST /albums failed: HTTP 400").contains("albumName must be a string");
    assertThat(e.isTransient()).isFalse();
  }

  @Test
  void unauthorizedSaysToCheckTheKey() {
    ImmichException e = failingWith(401, json("{'message':'Invalid API key','statusCode':401}"));
    assertThat(e).isInstanceOf(ImmichUnauthorizedException.class);
    assertThat(e.getMessage()).contains("check the key").contains("Invalid API key");
  }

  @Test
  void forbiddenNamesTheMissingPermission() {
    ImmichException e = failingWith(403,
        json("{'message':'Missing required permission: album.create','error':'Forbidden','statusCode':403}"));
    assertThat(e).isInstanceOf(ImmichForbiddenException.class);
    assertThat(((ImmichForbiddenException) e).missingPermission()).hasValue("album.create");
    assertThat(e.getMessage()).contains("lacks the permission 'album.create'");
  }

  @Test
  void forbiddenWithoutAPermissionNameStillMaps() {
    ImmichException e = failingWith(403, json("{'message':'Not found or no album.read access'}"));
    assertThat(((ImmichForbiddenException) e).missingPermission()).isEmpty();
    assertThat(e.getMessage()).contains("Not found or no album.read access");
  }

  @Test
  void notFound() {
    assertThat(failingWith(404, json("{'message':'Not found'}"))).isInstanceOf(ImmichNotFoundException.class);
  }

  @Test
  void tooManyRequestsAfterRetries() {
    ImmichException e = failingWith(429, json("{'message':'slow down'}"));
    assertThat(e).isInstanceOf(ImmichRateLimitedException.class);
    assertThat(e.isTransient()).isTrue();
    assertThat(e.getMessage()).contains("after 3 attempts");
  }

  @Test
  void serverErrorWithAnHtmlBodyShowsASnippet() {
    ImmichException e = failingWith(500, "<html><body>Internal   error</body></html>");
    assertThat(e).isInstanceOf(ImmichServerException.class);
    assertThat(e.getMessage()).contains("HTTP 500").contains("Internal error");
  }

  @Test
  void anHtmlPageWithStatus200IsAnUnexpectedResponseNotAClassCastException() {
    immich.stubFor(get(anyUrl()).willReturn(ok("<html>Please log in</html>").withHeader("Content-Type", "text/html")));
    try (ImmichClient client = clientFor(immich).build()) {
      ImmichException e = catchThrowableOfType(ImmichException.class,
          () -> client.call(() -> client.albums().getAlbumInfo(UUID.randomUUID(), null, null)));
      assertThat(e).isInstanceOf(ImmichUnexpectedResponseException.class);
      assertThat(e.getMessage()).contains("text/html").contains("does the URL point at Immich");
    }
  }

  @Test
  void brokenJsonIsAnUnexpectedResponse() {
    immich.stubFor(get(anyUrl()).willReturn(ok("{not json").withHeader("Content-Type", "application/json")));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(catchThrowableOfType(ImmichException.class, client::serverVersion))
          .isInstanceOf(ImmichUnexpectedResponseException.class);
    }
  }

  @Test
  void redirectsAreNotFollowedAndNameTheTarget() {
    immich.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(301).withHeader("Location", "https://elsewhere/")));
    try (ImmichClient client = clientFor(immich).build()) {
      ImmichException e = catchThrowableOfType(ImmichException.class, client::serverVersion);
      assertThat(e).isInstanceOf(ImmichUnexpectedResponseException.class);
      assertThat(e.getMessage()).contains("redirect to https://elsewhere/");
    }
    assertThat(immich.getAllServeEvents()).hasSize(1);
  }

  @Test
  void readTimeoutIsATransportFailureMarkedAsTimeout() {
    immich.stubFor(get(anyUrl()).willReturn(okJsonWithDelay(1500)));
    try (ImmichClient client = clientFor(immich).readTimeout(Duration.ofMillis(200)).build()) {
      ImmichException e = catchThrowableOfType(ImmichException.class, client::serverVersion);
      assertThat(e).isInstanceOf(ImmichTransportException.class);
      assertThat(((ImmichTransportException) e).isTimeout()).isTrue();
      assertThat(e.statusCode()).isZero();
      assertThat(e.getMessage()).startsWith("GET /server/version failed: timed out");
    }
  }

  @Test
  void connectionRefusedIsATransportFailureAndRetried() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (ImmichClient client = clientFor(immich).baseUrl("http://127.0.0.1:" + port).build()) {
      ImmichException e = catchThrowableOfType(ImmichException.class, client::serverVersion);
      assertThat(e).isInstanceOf(ImmichTransportException.class);
      assertThat(e.getMessage()).contains("cannot connect").contains("after 3 attempts");
      assertThat(sleeps).hasSize(2);
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJsonWithDelay(int millis) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"major\":3,\"minor\":0,\"patch\":3}").withFixedDelay(millis);
  }
}
