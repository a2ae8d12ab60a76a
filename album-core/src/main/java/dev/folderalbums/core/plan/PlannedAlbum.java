package dev.folderalbums.core.plan;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.props.AlbumProperties;
import java.util.List;

/**
 * One album the plan wants.
 *
 * @param name the album's final name
 * @param assets its members, sorted by path, then id
 * @param properties what the album should look like (options overlaid with {@code .albumprops})
 * @param thumbnailAssetId the member to use as thumbnail when the setting names one ({@code first}, {@code last},
 *     an asset path); {@code null} when no thumbnail is set or the executor chooses it ({@code random…})
 * @param sourceFolders the folders whose assets it holds, sorted
 */
public record PlannedAlbum(String name, List<Asset> assets, AlbumProperties properties, String thumbnailAssetId,
    List<String> sourceFolders) {

  /** Copies the lists. */
  public PlannedAlbum {
    assets = List.copyOf(assets);
    sourceFolders = List.copyOf(sourceFolders);
  }

  /** @return the members' ids, in the order of {@link #assets()} */
  public List<String> assetIds() {
    return assets.stream().map(Asset::id).toList();
  }
}
