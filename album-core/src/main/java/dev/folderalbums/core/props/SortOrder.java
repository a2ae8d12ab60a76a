package dev.folderalbums.core.props;

import java.util.Locale;

/** The order of an album's assets in Immich. */
public enum SortOrder {
  /** Oldest first. */
  ASC,
  /** Newest first. */
  DESC;

  /** @return {@code asc} or {@code desc} */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @param value {@code asc} or {@code desc}, any case @return the order */
  public static SortOrder parse(String value) {
    for (SortOrder o : values()) {
      if (o.value().equalsIgnoreCase(value.trim())) {
        return o;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a sort order; allowed: asc, desc");
  }
}
