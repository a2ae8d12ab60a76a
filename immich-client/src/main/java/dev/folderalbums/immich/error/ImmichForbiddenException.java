package dev.folderalbums.immich.error;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API key lacks a permission the request needs, or the user may not touch the object (HTTP 403). When Immich
 * names the missing permission, {@link #missingPermission()} has it, e.g. {@code album.create}.
 */
public final class ImmichForbiddenException extends ImmichException {
  private static final long serialVersionUID = 1L;
  private static final Pattern PERMISSION = Pattern.compile("[Mm]issing required permission:?\\s*([A-Za-z.]+)");

  /** Creates the exception; see {@link ImmichException#ImmichException}. */
  public ImmichForbiddenException(String method, String path, int statusCode, String serverMessage, String message,
      Throwable cause) {
    super(method, path, statusCode, serverMessage, message, cause);
  }

  /** @return the permission Immich says the key lacks, when its message names one */
  public Optional<String> missingPermission() {
    return serverMessage().map(PERMISSION::matcher).filter(Matcher::find).map(m -> m.group(1));
  }
}
