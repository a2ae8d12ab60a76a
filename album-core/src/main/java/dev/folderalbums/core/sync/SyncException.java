package dev.folderalbums.core.sync;

/** A run that could not start or had to stop before writing: the message says why and what to do. */
public final class SyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a run stopped. */
  public enum Kind {
    /** The configuration does not fit the server (unknown share user, unsupported version). */
    CONFIGURATION,
    /** The server cannot be reached or does not accept the key. */
    CONNECTION,
    /** The mass-change guard stopped the run. */
    GUARD,
    /** Immich failed in a way that stopped the run (after retries); a rerun continues where it stopped. */
    SERVER
  }

  private final Kind kind;

  /**
   * @param kind why
   * @param message what and what to do
   * @param cause the cause, or {@code null}
   */
  public SyncException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** @return why the run stopped */
  public Kind kind() {
    return kind;
  }
}
