package dev.folderalbums.core.props;

import java.util.Objects;

/**
 * A user an album is shared with.
 *
 * @param user the user's name or email, as Immich knows it
 * @param role the role
 */
public record AlbumShare(String user, ShareRole role) {
  /** Validates. */
  public AlbumShare {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    if (user.isBlank()) {
      throw new IllegalArgumentException("a share needs a user name or email");
    }
  }

  /**
   * Parses {@code --share-with} values: {@code user} (with the default role) or {@code user=role}.
   *
   * @param value the option value
   * @param defaultRole the role when none is given
   * @return the share
   */
  public static AlbumShare parse(String value, ShareRole defaultRole) {
    int eq = value.lastIndexOf('=');
    if (eq < 0) {
      return new AlbumShare(value.trim(), defaultRole);
    }
    return new AlbumShare(value.substring(0, eq).trim(), ShareRole.parse(value.substring(eq + 1), false));
  }
}
