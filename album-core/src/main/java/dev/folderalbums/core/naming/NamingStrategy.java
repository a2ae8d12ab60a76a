package dev.folderalbums.core.naming;

import java.util.Optional;

/**
 * Derives an album name from where an asset lies. The planner calls it once per folder, applies the
 * {@code --album-name-post-regex} rewrites and trims the result; assets whose name is empty go into no album.
 * Implementations must be pure: the same location always gives the same name.
 */
@FunctionalInterface
public interface NamingStrategy {

  /**
   * @param location the folders between the root and the file
   * @return the album name before rewrites, or empty to put the folder's assets into no album
   */
  Optional<String> albumName(AssetLocation location);
}
