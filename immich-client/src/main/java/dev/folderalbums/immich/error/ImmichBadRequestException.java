package dev.folderalbums.immich.error;

/** Immich rejected the request as invalid (HTTP 400); {@link #serverMessage()} says why. */
public final class ImmichBadRequestException extends ImmichException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ImmichException#ImmichException}. */
  public ImmichBadRequestException(String method, String path, int statusCode, String serverMessage, String message, Throwable cause) {
    super(method, path, statusCode, serverMessage, message, cause);
  }
}
