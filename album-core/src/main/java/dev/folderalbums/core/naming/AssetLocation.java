package dev.folderalbums.core.naming;

import java.util.List;

/**
 * Where an asset lies below its root, as a naming strategy sees it.
 *
 * @param root the root path it lies below, without trailing slash
 * @param folders the folder names from the root down to the file (at least one)
 */
public record AssetLocation(String root, List<String> folders) {
  /** Copies the list. */
  public AssetLocation {
    folders = List.copyOf(folders);
  }
}
