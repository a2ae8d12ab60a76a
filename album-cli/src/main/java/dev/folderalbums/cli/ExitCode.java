package dev.folderalbums.cli;

/** The process exit codes, documented in the README. */
public enum ExitCode {
  /** Everything succeeded. */
  OK(0),
  /** The run finished but some operations failed. */
  PARTIAL_FAILURE(1),
  /** Bad command line, environment or configuration file; nothing was sent to Immich. */
  USAGE(2),
  /** Immich could not be reached or did not accept the key. */
  CONNECTION(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** @return the numeric exit status */
  public int code() {
    return code;
  }
}
