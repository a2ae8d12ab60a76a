package dev.folderalbums.core.model;

import java.util.Locale;

/** Where an asset shows in Immich. The names are Immich's, lower-cased in configuration and JSON. */
public enum Visibility {
  /** In the main timeline. */
  TIMELINE,
  /** In the archive. */
  ARCHIVE,
  /** Hidden (e.g. the video part of a live photo). */
  HIDDEN,
  /** In the locked folder, behind the PIN. */
  LOCKED;

  /** @return the name as Immich and the configuration write it */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value a name such as {@code archive}, in any case
   * @return the visibility
   * @throws IllegalArgumentException for an unknown name
   */
  public static Visibility parse(String value) {
    for (Visibility v : values()) {
      if (v.value().equalsIgnoreCase(value.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a visibility; allowed: archive, hidden, locked, timeline");
  }
}
