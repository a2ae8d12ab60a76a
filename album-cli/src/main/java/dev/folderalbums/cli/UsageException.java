package dev.folderalbums.cli;

/** A configuration error found by the CLI itself; reported as one line with exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
