package dev.folderalbums.immich.internal;

import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;

/** Builds the pooled Apache HttpClient 5 instance behind an {@code ImmichClient}. */
public final class HttpClientFactory {
  private HttpClientFactory() {}

  /**
   * @param connectTimeout connect timeout
   * @param readTimeout socket and response timeout
   * @param maxConnections pool size, total and per route (there is only one route)
   * @param insecure whether to trust every certificate and host name
   * @return a new client; retries are ours, so the client's own are off
   */
  public static CloseableHttpClient create(Duration connectTimeout, Duration readTimeout, int maxConnections,
      boolean insecure) {
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setTlsSocketStrategy(insecure ? trustAll() : DefaultClientTlsStrategy.createSystemDefault())
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(connectTimeout))
            .setSocketTimeout(Timeout.of(readTimeout))
            .setValidateAfterInactivity(Timeout.ofSeconds(2))
            .build())
        .setMaxConnTotal(maxConnections)
        .setMaxConnPerRoute(maxConnections)
        .build();
    return HttpClients.custom()
        .setConnectionManager(pool)
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout)).build())
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .build();
  }

  private static DefaultClientTlsStrategy trustAll() {
    try {
      SSLContext context = SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();
      // CLIENT: only our (no-op) verifier decides, not also the JSSE endpoint identification.
      return new DefaultClientTlsStrategy(context, HostnameVerificationPolicy.CLIENT, NoopHostnameVerifier.INSTANCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a trust-all TLS context", e);
    }
  }
}
