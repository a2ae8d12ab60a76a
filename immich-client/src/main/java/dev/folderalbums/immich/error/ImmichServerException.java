package dev.folderalbums.immich.error;

/** Immich or a proxy in front of it failed (HTTP 5xx), and retries did not help. */
public final class ImmichServerException extends ImmichException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ImmichException#ImmichException}. */
  public ImmichServerException(String method, String path, int statusCode, String serverMessage, String message, Throwable cause) {
    super(method, path, statusCode, serverMessage, message, cause);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
