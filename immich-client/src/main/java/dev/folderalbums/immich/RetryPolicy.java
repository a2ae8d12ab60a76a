package dev.folderalbums.immich;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently failed requests are retried: exponential backoff with full jitter between
 * {@code initialBackoff} and {@code maxBackoff}, a server's {@code Retry-After} honoured up to {@code maxRetryAfter}.
 *
 * <p>Retried are timeouts, connection failures, and HTTP 429, 502, 503 and 504. Other 4xx answers are final. A
 * request that may not be repeated safely (it creates something, like {@code POST /albums}) is retried only when the
 * server certainly did not act on it: 429, 503, or a connection that was never established.
 *
 * @param maxAttempts attempts in all, first one included; 1 means no retry
 * @param initialBackoff the backoff before the first retry
 * @param maxBackoff the longest backoff between two attempts
 * @param maxRetryAfter the longest wait a server's {@code Retry-After} may impose
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  /** Five attempts, 500 ms doubling up to 10 s, Retry-After honoured up to two minutes. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMinutes(2));

  /** A single attempt: failures surface at once. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** Validates the values. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("backoff durations must not be negative");
    }
  }

  /** @return this policy with another number of attempts */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /** @return this policy with other backoff bounds */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter);
  }

  /**
   * The upper bound of the jittered backoff before retry number {@code retry} (1 for the first retry).
   *
   * @param retry the retry's number, from 1
   * @return {@code min(maxBackoff, initialBackoff * 2^(retry-1))}
   */
  public Duration backoffCeiling(int retry) {
    long initial = initialBackoff.toMillis();
    long ceiling = initial << Math.min(30, Math.max(0, retry - 1));
    return Duration.ofMillis(Math.min(maxBackoff.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling));
  }
}
