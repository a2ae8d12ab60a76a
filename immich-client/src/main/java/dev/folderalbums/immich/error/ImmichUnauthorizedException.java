package dev.folderalbums.immich.error;

/** Immich did not accept the API key (HTTP 401): it is wrong, expired or deleted. */
public final class ImmichUnauthorizedException extends ImmichException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ImmichException#ImmichException}. */
  public ImmichUnauthorizedException(String method, String path, int statusCode, String serverMessage, String message, Throwable cause) {
    super(method, path, statusCode, serverMessage, message, cause);
  }
}
