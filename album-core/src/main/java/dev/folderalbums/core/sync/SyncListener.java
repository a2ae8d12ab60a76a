package dev.folderalbums.core.sync;

/** Receives {@link SyncEvent}s. Called from worker threads: implementations must be thread-safe. */
@FunctionalInterface
public interface SyncListener {
  /** Ignores everything. */
  SyncListener NONE = event -> {};

  /** @param event what happened */
  void onEvent(SyncEvent event);
}
