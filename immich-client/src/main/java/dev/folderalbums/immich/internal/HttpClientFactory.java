package dev.folderalbums.immich.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
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
    return create(connectTimeout, readTimeout, maxConnections, insecure, DEFAULT_MAX_ANSWER_BYTES);
  }

  /** Far above a search page of 1,000 assets (under 1 MB) or a list of 10,000 albums; far below a heap. */
  public static final long DEFAULT_MAX_ANSWER_BYTES = 64L << 20;

  /**
   * @param connectTimeout connect timeout
   * @param readTimeout socket and response timeout
   * @param maxConnections pool size, total and per route (there is only one route)
   * @param insecure whether to trust every certificate and host name
   * @param maxAnswerBytes the largest JSON answer read; a larger one fails its request
   * @return a new client; retries are ours, so the client's own are off
   */
  public static CloseableHttpClient create(Duration connectTimeout, Duration readTimeout, int maxConnections,
      boolean insecure, long maxAnswerBytes) {
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setTlsSocketStrategy(new LazyTls(insecure))
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
        .disableCookieManagement() // the key authenticates; cookies would only cost start-up time
        .addExecInterceptorFirst("read-json-whole", new ReadJsonWhole(maxAnswerBytes))
        .build();
  }

  /**
   * Reads a JSON answer to its end before anyone parses it. Reading to the end hands the connection back to the pool,
   * so the next request can use it while this answer is parsed: with as many connections as requests may be in
   * flight, parsing is off the connection's critical path. Other answers (downloads) stream as before.
   */
  static final class ReadJsonWhole implements ExecChainHandler {
    private final long maxBytes;

    ReadJsonWhole(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
        throws IOException, HttpException {
      ClassicHttpResponse response = chain.proceed(request, scope);
      HttpEntity entity = response.getEntity();
      String type = entity == null ? null : entity.getContentType();
      if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
        try {
          response.setEntity(readWhole(entity, ContentType.parseLenient(type), maxBytes));
        } catch (IOException | RuntimeException e) {
          response.close();
          throw e;
        }
      }
      return response;
    }

    /**
     * Reads into one array of the announced length when there is one: no growing, and no copy at the end. An answer
     * larger than the limit (announced, or found while reading) fails before it can exhaust the heap.
     */
    private static ByteArrayEntity readWhole(HttpEntity entity, ContentType type, long maxBytes) throws IOException {
      long length = entity.getContentLength();
      if (length > maxBytes) {
        throw new AnswerTooLargeException(length, maxBytes);
      }
      try (InputStream in = entity.getContent()) {
        // The client's stream ends at the announced length, and fails if the connection ends before it.
        if (length >= 0) {
          return new ByteArrayEntity(in.readNBytes((int) length), type);
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
          throw new AnswerTooLargeException(-1, maxBytes);
        }
        return new ByteArrayEntity(body, type);
      }
    }
  }

  /**
   * Builds the TLS context on the first https connection: loading the trust store takes a tenth of a second at start,
   * wasted when Immich is reached over plain http on the local network.
   */
  private static final class LazyTls implements TlsSocketStrategy {
    private final boolean insecure;
    private volatile TlsSocketStrategy delegate;

    LazyTls(boolean insecure) {
      this.insecure = insecure;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
        throws IOException {
      TlsSocketStrategy d = delegate;
      if (d == null) {
        synchronized (this) {
          d = delegate;
          if (d == null) {
            d = insecure ? trustAll() : DefaultClientTlsStrategy.createSystemDefault();
            delegate = d;
          }
        }
      }
      return d.upgrade(socket, target, port, attachment, context);
    }
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
