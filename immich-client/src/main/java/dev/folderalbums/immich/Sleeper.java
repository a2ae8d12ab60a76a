package dev.folderalbums.immich;

import java.time.Duration;

/** Waits between the attempts of a retried request; replaceable, so that tests need not wait. */
@FunctionalInterface
public interface Sleeper {
  /** Waits with {@link Thread#sleep}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * @param duration how long to wait
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
