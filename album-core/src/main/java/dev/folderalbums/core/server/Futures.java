package dev.folderalbums.core.server;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for pooled work, with its unchecked failures rethrown as they were. Internal to album-core. */
public final class Futures {
  private Futures() {}

  /**
   * @param future the work
   * @param <T> its result
   * @return the result
   */
  public static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
