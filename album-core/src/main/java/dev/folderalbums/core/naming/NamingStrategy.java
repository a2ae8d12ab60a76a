package dev.folderalbums.core.naming;

import dev.folderalbums.core.model.Asset;
import java.util.Optional;

/**
 * Derives an album name from where an asset lies, and, for strategies that say so with {@link #usesAsset()}, from the
 * asset itself (its file date, say). The planner calls {@link #albumName(AssetLocation)} once per folder, or
 * {@link #albumName(AssetLocation, Asset)} once per asset for strategies that use the asset; it then applies the
 * {@code --album-name-post-regex} rewrites and trims the result; assets whose name is empty go into no album.
 * Implementations must be pure: the same location (and asset) always gives the same name, and a name is never blank.
 */
@FunctionalInterface
public interface NamingStrategy {

  /**
   * @param location the folders between the root and the file
   * @return the album name before rewrites, or empty to put the folder's assets into no album
   */
  Optional<String> albumName(AssetLocation location);

  /**
   * Whether the name depends on the asset as well as on its folders. Strategies that say no are asked once per
   * folder, which is what keeps planning a million assets fast; the others once per asset.
   *
   * @return {@code false} unless overridden
   */
  default boolean usesAsset() {
    return false;
  }

  /**
   * The name for one asset; only called when {@link #usesAsset()} says so.
   *
   * @param location the folders between the root and the file
   * @param asset the asset (its path, file date, visibility)
   * @return the album name before rewrites, or empty to put the asset into no album
   */
  default Optional<String> albumName(AssetLocation location, Asset asset) {
    return albumName(location);
  }
}
