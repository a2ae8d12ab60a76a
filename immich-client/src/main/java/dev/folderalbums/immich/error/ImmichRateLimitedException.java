package dev.folderalbums.immich.error;

/** Immich or a proxy in front of it asked to slow down (HTTP 429), and retries did not help. */
public final class ImmichRateLimitedException extends ImmichException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ImmichException#ImmichException}. */
  public ImmichRateLimitedException(String method, String path, int statusCode, String serverMessage, String message, Throwable cause) {
    super(method, path, statusCode, serverMessage, message, cause);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
