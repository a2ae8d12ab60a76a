package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.immich.error.ImmichTransportException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TLS is verified unless the caller asks otherwise, and then the client warns. */
class TlsTest extends WireMockSupport {
  @RegisterExtension
  static WireMockExtension https = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().dynamicHttpsPort()).build();

  private String httpsUrl() {
    return "https://localhost:" + https.getRuntimeInfo().getHttpsPort();
  }

  @Test
  void aSelfSignedCertificateIsRefusedByDefault() {
    https.stubFor(get("/api/server/version").willReturn(okJson("{\"major\":3,\"minor\":0,\"patch\":3}")));
    try (ImmichClient client = clientFor(https).baseUrl(httpsUrl()).build()) {
      assertThatThrownBy(client::serverVersion).isInstanceOf(ImmichTransportException.class)
          .hasMessageContaining("TLS").hasMessageContaining("--insecure");
    }
  }

  @Test
  void insecureConnectsAndWarnsLoudly() {
    https.stubFor(get("/api/server/version").willReturn(okJson("{\"major\":3,\"minor\":0,\"patch\":3}")));
    PrintStream realErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (ImmichClient client = clientFor(https).baseUrl(httpsUrl()).insecure(true).build()) {
      assertThat(client.serverVersion().getMajor()).isEqualTo(3);
    } finally {
      System.setErr(realErr);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("WARN")
        .contains("TLS certificate verification is OFF");
  }
}
