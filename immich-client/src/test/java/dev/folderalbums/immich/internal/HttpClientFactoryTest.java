package dev.folderalbums.immich.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpClientFactoryTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static HttpClientContext shortLeaseWait() {
    HttpClientContext context = HttpClientContext.create();
    context.setRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.ofMilliseconds(500)).build());
    return context;
  }

  @Test
  void aJsonAnswerHandsItsConnectionBackBeforeItIsParsedButADownloadKeepsIt() throws Exception {
    server.stubFor(get("/json").willReturn(okJson("{\"a\":1}")));
    server.stubFor(get("/download").willReturn(aResponse().withHeader("Content-Type", "application/octet-stream")
        .withBody(new byte[200_000])));
    HttpHost host = HttpHost.create(server.baseUrl());
    try (CloseableHttpClient http = HttpClientFactory.create(Duration.ofSeconds(2), Duration.ofSeconds(5), 1, false)) {
      ClassicHttpResponse unread = http.executeOpen(host, new HttpGet("/json"), shortLeaseWait());
      // The pool's only connection is free although the first answer is still unread.
      try (ClassicHttpResponse second = http.executeOpen(host, new HttpGet("/json"), shortLeaseWait())) {
        assertThat(EntityUtils.toString(second.getEntity())).isEqualTo("{\"a\":1}");
      }
      assertThat(EntityUtils.toString(unread.getEntity())).isEqualTo("{\"a\":1}");
      unread.close();

      ClassicHttpResponse download = http.executeOpen(host, new HttpGet("/download"), shortLeaseWait());
      assertThatThrownBy(() -> http.executeOpen(host, new HttpGet("/json"), shortLeaseWait()))
          .isInstanceOf(ConnectionRequestTimeoutException.class);
      assertThat(EntityUtils.toByteArray(download.getEntity())).hasSize(200_000);
      download.close();
    }
  }

  @Test
  void aJsonAnswerCutShortIsAnErrorNotAShortBody() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      Thread server = new Thread(() -> {
        try (Socket client = socket.accept()) {
          client.getInputStream().read(new byte[4096]);
          client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Content-Length: 100\r\n\r\n{\"items\":[").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
          // the test sees the outcome on the client side
        }
      });
      server.start();
      HttpHost host = new HttpHost("http", "127.0.0.1", socket.getLocalPort());
      try (CloseableHttpClient http = HttpClientFactory.create(Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
          false)) {
        assertThatThrownBy(() -> http.executeOpen(host, new HttpGet("/cut"), shortLeaseWait()))
            .isInstanceOf(IOException.class);
      }
      server.join(5000);
    }
  }

  @Test
  void aChunkedJsonAnswerLargerThanTheLimitFailsWithoutBeingReadWhole() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      Thread server = new Thread(() -> {
        try (Socket client = socket.accept()) {
          client.getInputStream().read(new byte[4096]);
          var out = client.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          byte[] chunk = "[1,2,3,4,5,6,7,8,9,0],".repeat(100).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 200; i++) { // 440 KB in all, more than the 64 KB limit below
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
          // the client may close early; the test sees the outcome on the client side
        }
      });
      server.start();
      HttpHost host = new HttpHost("http", "127.0.0.1", socket.getLocalPort());
      try (CloseableHttpClient http = HttpClientFactory.create(Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
          false, 64 << 10)) {
        assertThatThrownBy(() -> http.executeOpen(host, new HttpGet("/big"), shortLeaseWait()))
            .isInstanceOf(AnswerTooLargeException.class)
            .hasMessage("the answer is larger than 64 KB, more than the 64 KB any answer of Immich should need");
      }
      server.join(5000);
    }
  }
}
