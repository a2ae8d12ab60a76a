package dev.folderalbums.immich.error;

/**
 * No usable answer arrived: the host could not be reached, the connection broke, or the read timed out, and
 * retries did not help. {@link #statusCode()} is 0.
 */
public final class ImmichTransportException extends ImmichException {
  private static final long serialVersionUID = 1L;
  private final boolean timeout;

  /**
   * @param method the HTTP method
   * @param path the request path
   * @param timeout whether the failure was a timeout
   * @param message the full message
   * @param cause the I/O failure
   */
  public ImmichTransportException(String method, String path, boolean timeout, String message, Throwable cause) {
    super(method, path, 0, null, message, cause);
    this.timeout = timeout;
  }

  /** @return whether the request timed out (as opposed to failing to connect or losing the connection) */
  public boolean isTimeout() {
    return timeout;
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
