package dev.folderalbums.immich.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Normalises what users type as the server address into the API base URL. */
public final class BaseUrls {
  private BaseUrls() {}

  // The messages never repeat what was given: a misplaced argument may well be an API key.

  /**
   * Turns {@code https://host}, {@code https://host/}, {@code https://host/api} and {@code https://host/api/} (and the
   * same below a sub-path such as {@code https://host/immich}) into {@code https://host[/sub]/api}.
   *
   * @param url what the user gave
   * @return the API base URL, without a trailing slash
   * @throws IllegalArgumentException if it is not an absolute http(s) URL
   */
  public static String apiBase(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("The Immich URL is empty: give it as https://your-immich-host");
    }
    String trimmed = url.trim();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("The Immich URL is not a valid URL (" + e.getReason() + " at character "
          + (e.getIndex() + 1) + "); give it as https://your-immich-host[:port]");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("The Immich URL is not an http(s) URL: it must start with http:// or"
          + " https:// and name a host, e.g. https://photos.example.com");
    }
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      throw new IllegalArgumentException("The Immich URL's port " + uri.getPort() + " is out of range: use a port from"
          + " 1 to 65535, or none for the scheme's default");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "The Immich URL must not carry a query, a fragment or user info: give it as https://host[:port][/path]");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.endsWith("/api")) {
      path = path + "/api";
    }
    String authority = uri.getRawAuthority();
    return scheme.toLowerCase(Locale.ROOT) + "://" + authority + path;
  }
}
