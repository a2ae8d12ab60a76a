package dev.folderalbums.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One Immich asset, as far as planning needs it. Our own type, so that album-core's API does not depend on the
 * generated client.
 *
 * @param id the asset's id (for offline planning, any unique string such as the path)
 * @param originalPath the file's path as Immich sees it, e.g. {@code /external_libs/photos/2020/a.jpg}
 * @param fileCreatedAt when the file was created, or {@code null} when unknown
 * @param visibility the asset's visibility
 * @param offline whether Immich marks the file as missing from the library
 * @param livePhotoVideoId for the still image of a live photo, the id of its video part; else {@code null}
 */
public record Asset(String id, String originalPath, Instant fileCreatedAt, Visibility visibility, boolean offline,
    String livePhotoVideoId) {

  /** Validates the required fields. */
  public Asset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(originalPath, "originalPath");
    visibility = visibility == null ? Visibility.TIMELINE : visibility;
  }

  /**
   * An asset known only by its path, as in offline planning: the path is also the id.
   *
   * @param path the original path
   * @return the asset
   */
  public static Asset ofPath(String path) {
    return new Asset(path, path, null, Visibility.TIMELINE, false, null);
  }
}
