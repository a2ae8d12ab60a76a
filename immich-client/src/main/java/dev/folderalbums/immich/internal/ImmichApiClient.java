package dev.folderalbums.immich.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.folderalbums.immich.RequestListener;
import dev.folderalbums.immich.RetryPolicy;
import dev.folderalbums.immich.Sleeper;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.generated.invoker.ApiClient;
import dev.folderalbums.immich.generated.invoker.ApiException;
import dev.folderalbums.immich.generated.invoker.Pair;
import dev.folderalbums.immich.generated.invoker.auth.ApiKeyAuth;
import java.io.File;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated {@link ApiClient}, made safe: the key goes only into the {@code x-api-key} header, failed attempts
 * are retried by the {@link RetryPolicy}, and every failure leaves as an unchecked
 * {@link dev.folderalbums.immich.error.ImmichException} naming method and path.
 */
public final class ImmichApiClient extends ApiClient {
  private static final Logger LOG = LoggerFactory.getLogger(ImmichApiClient.class);

  private final RetryPolicy retryPolicy;
  private final RequestListener listener;
  private final Sleeper sleeper;

  /**
   * @param httpClient the transport
   * @param apiKey the key, set on the header scheme only
   * @param retryPolicy the retry policy
   * @param listener told of every attempt
   * @param sleeper waits between attempts
   */
  public ImmichApiClient(CloseableHttpClient httpClient, String apiKey, RetryPolicy retryPolicy,
      RequestListener listener, Sleeper sleeper) {
    super(httpClient);
    this.retryPolicy = retryPolicy;
    this.listener = listener;
    this.sleeper = sleeper;
    // Only the header scheme: the generated cookie scheme is a query parameter and would put the key into URLs.
    ((ApiKeyAuth) getAuthentication("api_key")).setApiKey(apiKey);
  }

  /** Refused: the generated method would also set the key as a URL query parameter. */
  @Override
  public ApiClient setApiKey(String apiKey) {
    throw new UnsupportedOperationException("The API key is set once, on the x-api-key header, by ImmichClient");
  }

  @Override
  public <T> T invokeAPI(String path, String method, List<Pair> queryParams, List<Pair> collectionQueryParams,
      String urlQueryDeepObject, Object body, Map<String, String> headerParams, Map<String, String> cookieParams,
      Map<String, Object> formParams, String accept, String contentType, String[] authNames,
      TypeReference<T> returnType) {
    boolean repeatable = isRepeatable(method, path);
    for (int attempt = 1; ; attempt++) {
      long start = System.nanoTime();
      try {
        T result = super.invokeAPI(path, method, new ArrayList<>(queryParams), collectionQueryParams,
            urlQueryDeepObject, body, new HashMap<>(headerParams), new HashMap<>(cookieParams), formParams, accept,
            contentType, authNames, returnType);
        report(method, path, lastStatus(), start, attempt);
        return result;
      } catch (ApiException e) {
        report(method, path, e.getCode(), start, attempt);
        Duration wait = retryDelay(e, repeatable, attempt);
        if (wait == null) {
          throw ErrorMapper.map(method, path, e, attempt);
        }
        LOG.debug("{} {} attempt {} failed ({}), retrying in {} ms", method, path, attempt,
            e.getCode() == 0 ? String.valueOf(e.getCause()) : "HTTP " + e.getCode(), wait.toMillis());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new ImmichTransportException(method, path, false,
              method + " " + path + " interrupted while waiting to retry", interrupted);
        }
      }
    }
  }

  /**
   * A 2xx answer that is not JSON (an HTML login page of a proxy) must fail here, not as a ClassCastException. JSON
   * is parsed from the byte stream, not from a String copy of it: search pages are large.
   */
  @Override
  public <T> T deserialize(CloseableHttpResponse response, TypeReference<T> valueType)
      throws ApiException, IOException, ParseException {
    if (valueType == null) {
      return null;
    }
    Type raw = valueType.getType();
    String mime = getResponseMimeType(response);
    boolean json = mime == null || isJsonMime(mime);
    if (!json && !String.class.equals(raw) && !byte[].class.equals(raw) && !File.class.equals(raw)) {
      throw new ApiException("content type " + mime, response.getCode(),
          transformResponseHeaders(response.getHeaders()), null);
    }
    if (!json || raw.equals(byte[].class) || raw.equals(File.class) || response.getEntity() == null) {
      return super.deserialize(response, valueType);
    }
    try (PushbackInputStream in = new PushbackInputStream(response.getEntity().getContent(), 1)) {
      int first = in.read();
      if (first < 0) {
        return null; // an empty body, as the generated code treats it
      }
      in.unread(first);
      return getObjectMapper().readValue(in, valueType);
    }
  }

  private int lastStatus() {
    Integer status = lastStatusCode.get();
    return status == null ? 0 : status;
  }

  private void report(String method, String path, int status, long start, int attempt) {
    long nanos = System.nanoTime() - start;
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} -> {} in {} ms", method, path, status == 0 ? "no response" : status, nanos / 1_000_000);
    }
    listener.onAttempt(method, path, status, nanos, attempt);
  }

  /**
   * Creating requests are not repeated blindly: a lost answer may hide a success, and repeating would duplicate.
   * Searches are POSTs too, but only read.
   */
  static boolean isRepeatable(String method, String path) {
    return !"POST".equals(method) || path.startsWith("/search/");
  }

  /** @return how long to wait before the next attempt, or {@code null} when the failure is final */
  private Duration retryDelay(ApiException e, boolean repeatable, int attempt) {
    if (attempt >= retryPolicy.maxAttempts()) {
      return null;
    }
    int code = e.getCode();
    boolean retry;
    if (code == 0) {
      Throwable cause = e.getCause();
      boolean neverSent = cause instanceof ConnectException || cause instanceof ConnectTimeoutException;
      boolean transport = cause instanceof IOException && !(cause instanceof UnknownHostException)
          && !(cause instanceof SSLException) && !(cause instanceof JacksonException)
          && !(cause instanceof AnswerTooLargeException);
      retry = transport && (repeatable || neverSent);
    } else if (code == 429 || code == 503) {
      retry = true; // the server says it did not do the work
    } else {
      // A 500 may be a passing failure (a database deadlock, a restart): repeated only where repeating is harmless.
      retry = repeatable && (code == 500 || code == 502 || code == 504);
    }
    if (!retry) {
      return null;
    }
    Duration retryAfter = retryAfter(e.getResponseHeaders());
    if (retryAfter != null) {
      return retryAfter.compareTo(retryPolicy.maxRetryAfter()) > 0 ? retryPolicy.maxRetryAfter() : retryAfter;
    }
    long ceiling = retryPolicy.backoffCeiling(attempt).toMillis();
    // Jitter keeps parallel workers that failed together from retrying together.
    return Duration.ofMillis(ceiling <= 0 ? 0 : ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
  }

  private static Duration retryAfter(Map<String, List<String>> headers) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if ("Retry-After".equalsIgnoreCase(header.getKey()) && header.getValue() != null
          && !header.getValue().isEmpty()) {
        String value = header.getValue().get(0).trim();
        try {
          return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
          Instant when = DateUtils.parseStandardDate(value);
          return when == null ? null : Duration.between(Instant.now(), when).isNegative()
              ? Duration.ZERO : Duration.between(Instant.now(), when);
        }
      }
    }
    return null;
  }
}
