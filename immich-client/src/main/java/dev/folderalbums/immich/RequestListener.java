package dev.folderalbums.immich;

/**
 * Told of every HTTP attempt the client makes, for metrics and request counts. Called on the calling thread; keep it
 * cheap and thread-safe. It sees the method and path only: never headers, and so never the API key.
 */
@FunctionalInterface
public interface RequestListener {

  /** A listener that ignores everything. */
  RequestListener NONE = (method, path, status, nanos, attempt) -> {};

  /**
   * One attempt ended.
   *
   * @param method the HTTP method
   * @param path the path below the API base URL, without query
   * @param status the HTTP status, or 0 when no response arrived
   * @param nanos how long the attempt took
   * @param attempt the attempt's number, from 1
   */
  void onAttempt(String method, String path, int status, long nanos, int attempt);
}
