package dev.folderalbums.immich.internal;

import com.fasterxml.jackson.core.JacksonException;
import dev.folderalbums.immich.RequestListener;
import dev.folderalbums.immich.RetryPolicy;
import dev.folderalbums.immich.Sleeper;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.generated.invoker.ApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.utils.DateUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attempts of one request, for the generated calls and the lean ones alike: each attempt is reported to the
 * listener, failed attempts are retried by the {@link RetryPolicy}, and the final failure leaves as an unchecked
 * {@link dev.folderalbums.immich.error.ImmichException} naming method and path.
 */
public final class Attempts {
  private static final Logger LOG = LoggerFactory.getLogger(Attempts.class);

  private final RetryPolicy retryPolicy;
  private final RequestListener listener;
  private final Sleeper sleeper;

  /**
   * @param retryPolicy the retry policy
   * @param listener told of every attempt
   * @param sleeper waits between attempts
   */
  public Attempts(RetryPolicy retryPolicy, RequestListener listener, Sleeper sleeper) {
    this.retryPolicy = retryPolicy;
    this.listener = listener;
    this.sleeper = sleeper;
  }

  /**
   * One attempt of a request.
   *
   * @param <T> the answer's type
   */
  @FunctionalInterface
  public interface Attempt<T> {
    /**
     * @return the answer and its status
     * @throws ApiException a failure, with the status when there was an answer (0 when there was none)
     */
    Answer<T> run() throws ApiException;
  }

  /**
   * A successful attempt.
   *
   * @param value what the answer says
   * @param status its HTTP status
   * @param <T> the value's type
   */
  public record Answer<T>(T value, int status) {}

  /**
   * @param method the HTTP method
   * @param path the path below the API base, for messages and the listener
   * @param attempt one attempt, run until it succeeds or its failure is final
   * @param <T> the answer's type
   * @return the answer's value
   */
  public <T> T run(String method, String path, Attempt<T> attempt) {
    boolean repeatable = isRepeatable(method, path);
    for (int n = 1; ; n++) {
      long start = System.nanoTime();
      try {
        Answer<T> answer = attempt.run();
        report(method, path, answer.status(), start, n);
        return answer.value();
      } catch (ApiException e) {
        report(method, path, e.getCode(), start, n);
        Duration wait = retryDelay(e, repeatable, n);
        if (wait == null) {
          throw ErrorMapper.map(method, path, e, n);
        }
        LOG.debug("{} {} attempt {} failed ({}), retrying in {} ms", method, path, n,
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
