package dev.folderalbums.core.diff;

import java.util.Objects;

/**
 * A user of the server, for sharing.
 *
 * @param id the user's id
 * @param name the display name
 * @param email the email address
 */
public record ImmichUser(String id, String name, String email) {
  /** Validates. */
  public ImmichUser {
    Objects.requireNonNull(id, "id");
  }

}
