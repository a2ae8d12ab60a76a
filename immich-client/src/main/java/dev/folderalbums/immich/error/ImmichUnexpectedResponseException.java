package dev.folderalbums.immich.error;

/** Immich answered with a status or a body this client does not understand, such as an HTML page from a proxy. */
public final class ImmichUnexpectedResponseException extends ImmichException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ImmichException#ImmichException}. */
  public ImmichUnexpectedResponseException(String method, String path, int statusCode, String serverMessage, String message, Throwable cause) {
    super(method, path, statusCode, serverMessage, message, cause);
  }
}
