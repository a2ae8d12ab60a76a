package dev.folderalbums.immich.internal;

import java.io.IOException;

/** An answer larger than any answer of Immich should be: read no further, and never retried. */
public final class AnswerTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long size;
  private final long limit;

  /**
   * @param size the announced size, or -1 when the answer did not announce one and outgrew the limit
   * @param limit the limit
   */
  AnswerTooLargeException(long size, long limit) {
    super("the answer is " + (size < 0 ? "larger than " + megabytes(limit) : megabytes(size))
        + ", more than the " + megabytes(limit) + " any answer of Immich should need");
    this.size = size;
    this.limit = limit;
  }

  /** @return the announced size, or -1 when unknown */
  public long size() {
    return size;
  }

  /** @return the limit */
  public long limit() {
    return limit;
  }

  static String megabytes(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1024 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }
}
