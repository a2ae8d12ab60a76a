package dev.folderalbums.immich.error;

/** The addressed object does not exist or is not visible to this user (HTTP 404). */
public final class ImmichNotFoundException extends ImmichException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ImmichException#ImmichException}. */
  public ImmichNotFoundException(String method, String path, int statusCode, String serverMessage, String message, Throwable cause) {
    super(method, path, statusCode, serverMessage, message, cause);
  }
}
