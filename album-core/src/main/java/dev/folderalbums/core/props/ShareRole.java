package dev.folderalbums.core.props;

import java.util.Locale;

/** A shared user's role in an album. {@link #NONE}, in {@code .albumprops}, removes a user inherited from above. */
public enum ShareRole {
  /** May view. */
  VIEWER,
  /** May add and remove assets. */
  EDITOR,
  /** Not shared: removes the user for this folder and below. */
  NONE;

  /** @return the lower-case name used in configuration */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value {@code viewer}, {@code editor} or {@code none}, any case
   * @param allowNone whether {@code none} is allowed here
   * @return the role
   */
  public static ShareRole parse(String value, boolean allowNone) {
    for (ShareRole r : values()) {
      if (r.value().equalsIgnoreCase(value.trim()) && (allowNone || r != NONE)) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a role; allowed: viewer, editor"
        + (allowNone ? ", none" : ""));
  }

  /** @param other another role @return the more restrictive of the two */
  public ShareRole mostRestrictive(ShareRole other) {
    return this == VIEWER || other == VIEWER ? VIEWER : this;
  }
}
