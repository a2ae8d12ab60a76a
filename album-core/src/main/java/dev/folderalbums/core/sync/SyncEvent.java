package dev.folderalbums.core.sync;

/** Progress of a run, for a {@link SyncListener}. album-core never prints; front ends show these. */
public sealed interface SyncEvent {

  /**
   * A phase started.
   *
   * @param name e.g. {@code discover}, {@code plan}, {@code apply}, {@code sync}
   */
  record PhaseStarted(String name) implements SyncEvent {}

  /**
   * A search page arrived.
   *
   * @param assetsSoFar distinct assets found so far
   */
  record AssetsDiscovered(int assetsSoFar) implements SyncEvent {}

  /**
   * An album's actions were applied (or, in a dry run, listed).
   *
   * @param album the album's name
   * @param done albums finished so far
   * @param total albums to do
   */
  record AlbumApplied(String album, int done, int total) implements SyncEvent {}

  /**
   * An action failed; the run goes on.
   *
   * @param album the album's name, or {@code null}
   * @param action what was attempted
   * @param reason why it failed
   */
  record ActionFailed(String album, String action, String reason) implements SyncEvent {}

  /**
   * Something the user should know.
   *
   * @param message the message
   */
  record Warning(String message) implements SyncEvent {}
}
