package dev.folderalbums.core.sync;

/**
 * Receives {@link SyncEvent}s. Events come from worker threads but one at a time, and counts in them (albums applied,
 * assets found) arrive in order: an implementation need not be thread-safe, and should return quickly.
 */
@FunctionalInterface
public interface SyncListener {
  /** Ignores everything. */
  SyncListener NONE = event -> {};

  /** @param event what happened */
  void onEvent(SyncEvent event);
}
