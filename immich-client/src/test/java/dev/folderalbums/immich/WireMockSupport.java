package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared set-up: a WireMock server on a dynamic port and a client pointed at it that records its back-offs. */
abstract class WireMockSupport {
  static final String KEY = "sentinel-key-7f3a9c";

  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  static WireMockExtension newServer() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  }

  ImmichClient.Builder clientFor(WireMockExtension server) {
    return ImmichClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(KEY)
        .readTimeout(Duration.ofSeconds(30)) // never reached by a test that does not mean to: no retry under load
        .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(3))
        .sleeper(sleeps::add);
  }

  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
