package dev.folderalbums.core.sync;

/** What a run does ({@code -m/--mode}). */
public enum Mode {
  /** Create albums and add assets (the default). */
  CREATE,
  /** Delete the albums this configuration would create (assets stay). Needs {@code --delete-confirm}. */
  CLEANUP,
  /** Delete all of the user's albums (assets stay). Needs {@code --delete-confirm}. */
  DELETE_ALL
}
