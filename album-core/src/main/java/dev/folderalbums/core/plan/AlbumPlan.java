package dev.folderalbums.core.plan;

import java.util.List;
import java.util.Optional;

/**
 * What the planner decided: the albums by name and every asset that goes into none, with its reason. Deterministic:
 * the same assets and options give an equal plan, whatever the input order.
 *
 * @param albums the albums, sorted by name
 * @param skipped the skipped assets, sorted by path, then id
 * @param warnings things the user should know (empty names, property conflicts), sorted
 */
public record AlbumPlan(List<PlannedAlbum> albums, List<SkippedAsset> skipped, List<String> warnings) {

  /** Copies the lists. */
  public AlbumPlan {
    albums = List.copyOf(albums);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** @param name an album name @return the album of that name */
  public Optional<PlannedAlbum> album(String name) {
    return albums.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** @return how many assets go into an album */
  public int assetsInAlbums() {
    return albums.stream().mapToInt(a -> a.assets().size()).sum();
  }
}
