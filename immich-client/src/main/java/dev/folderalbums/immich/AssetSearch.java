package dev.folderalbums.immich;

import java.time.Instant;
import java.util.List;

/**
 * A metadata search as the lean calls send it ({@code POST /search/metadata}, {@code POST /search/statistics}): the
 * filters a folder sync uses, never deleted assets. Each {@code with} method returns a changed copy.
 *
 * <pre>{@code
 * AssetSearch search = AssetSearch.of("timeline").notInAlbum(true).page(1, 1000);
 * }</pre>
 *
 * @param visibility the assets' visibility ({@code timeline}, {@code archive}, {@code hidden}, {@code locked}), or
 *     {@code null} for the server's default
 * @param page the page, from 1
 * @param size the page size, at most 1000
 * @param notInAlbum only assets in no album
 * @param offline only offline ({@code true}) or only online ({@code false}) assets, or either ({@code null})
 * @param albumId only the assets of this album, or {@code null}
 * @param originalPath only assets whose path contains this text, or {@code null}
 * @param takenAfter only assets taken at or after this instant, or {@code null}
 * @param takenBefore only assets taken at or before this instant, or {@code null}
 */
public record AssetSearch(String visibility, int page, int size, boolean notInAlbum, Boolean offline,
    String albumId, String originalPath, Instant takenAfter, Instant takenBefore) {
  /** Checks the page. */
  public AssetSearch {
    if (page < 1 || size < 1 || size > 1000) {
      throw new IllegalArgumentException("page from 1, size from 1 to 1000: " + page + ", " + size);
    }
  }

  /**
   * @param visibility the assets' visibility, or {@code null} for the server's default
   * @return the first page of 1,000 of every asset of it
   */
  public static AssetSearch of(String visibility) {
    return new AssetSearch(visibility, 1, 1000, false, null, null, null, null, null);
  }

  /** @param newPage the page @param newSize the page size @return this search at that page */
  public AssetSearch page(int newPage, int newSize) {
    return new AssetSearch(visibility, newPage, newSize, notInAlbum, offline, albumId, originalPath, takenAfter,
        takenBefore);
  }

  /** @param only whether only assets in no album are wanted @return the changed search */
  public AssetSearch notInAlbum(boolean only) {
    return new AssetSearch(visibility, page, size, only, offline, albumId, originalPath, takenAfter, takenBefore);
  }

  /** @param only offline, online, or either ({@code null}) @return the changed search */
  public AssetSearch offline(Boolean only) {
    return new AssetSearch(visibility, page, size, notInAlbum, only, albumId, originalPath, takenAfter, takenBefore);
  }

  /** @param id an album, or {@code null} @return the changed search */
  public AssetSearch albumId(String id) {
    return new AssetSearch(visibility, page, size, notInAlbum, offline, id, originalPath, takenAfter, takenBefore);
  }

  /** @param text a text the path contains, or {@code null} @return the changed search */
  public AssetSearch originalPath(String text) {
    return new AssetSearch(visibility, page, size, notInAlbum, offline, albumId, text, takenAfter, takenBefore);
  }

  /** @param after the lower bound, or {@code null} @param before the upper bound, or {@code null} @return the
   *     changed search */
  public AssetSearch taken(Instant after, Instant before) {
    return new AssetSearch(visibility, page, size, notInAlbum, offline, albumId, originalPath, after, before);
  }

  /** @return the album ids as a list, for the request body */
  List<String> albumIds() {
    return albumId == null ? List.of() : List.of(albumId);
  }
}
