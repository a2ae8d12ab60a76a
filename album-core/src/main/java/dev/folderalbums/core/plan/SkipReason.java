package dev.folderalbums.core.plan;

/** Why an asset goes into no album. {@link #code()} is the stable name used in JSON and reports. */
public enum SkipReason {
  /** The path lies below none of the root paths. */
  OUTSIDE_ROOTS("outside-roots"),
  /** The file lies directly in a root path. */
  ROOT_LEVEL("root-level"),
  /** No {@code --path-filter} or {@code --path-filter-regex} matched. */
  FILTERED("filtered"),
  /** An {@code --ignore} or {@code --ignore-regex} matched. */
  IGNORED("ignored"),
  /** The path has a {@code .} or {@code ..} folder: where it really lies is not what it says. */
  UNSAFE_PATH("unsafe-path"),
  /** The path has fewer folders than a positive {@code --album-levels} range starts at. */
  TOO_SHALLOW("too-shallow"),
  /** The naming strategy gave the asset no album (for {@code date}, a file without a date). */
  NO_NAME("no-name"),
  /** The album name was empty after the rewrites. */
  EMPTY_NAME("empty-name"),
  /** The video part of a live photo whose still image is among the assets: it follows the still image. */
  LIVE_PHOTO_VIDEO("live-photo-video");

  private final String code;

  SkipReason(String code) {
    this.code = code;
  }

  /** @return the stable name, e.g. {@code outside-roots} */
  public String code() {
    return code;
  }
}
