package dev.folderalbums.immich.error;

import java.util.Optional;

/**
 * A failed call to Immich. The subclass tells the cause; every instance names the HTTP method and path of the
 * request. Messages never contain the API key: it only ever travels in a request header, which is never recorded.
 */
public class ImmichException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final int statusCode;
  private final String serverMessage;

  /**
   * @param method the HTTP method, e.g. {@code POST}
   * @param path the request path below the API base, e.g. {@code /albums}
   * @param statusCode the HTTP status, or 0 when no response was received
   * @param serverMessage Immich's own error message, or {@code null}
   * @param message the full message
   * @param cause the underlying failure, or {@code null}
   */
  public ImmichException(String method, String path, int statusCode, String serverMessage, String message,
      Throwable cause) {
    super(message, cause);
    this.method = method;
    this.path = path;
    this.statusCode = statusCode;
    this.serverMessage = serverMessage;
  }

  /** @return the HTTP method of the failed request */
  public String method() {
    return method;
  }

  /** @return the path of the failed request below the API base URL, without query */
  public String path() {
    return path;
  }

  /** @return the HTTP status code, or 0 when the server did not answer */
  public int statusCode() {
    return statusCode;
  }

  /** @return the message Immich put in its error body, when it sent one */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /** @return whether retrying the same request later may succeed */
  public boolean isTransient() {
    return false;
  }
}
