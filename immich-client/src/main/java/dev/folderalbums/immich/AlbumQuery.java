package dev.folderalbums.immich;

import java.util.UUID;

/**
 * Which albums {@link ImmichClient#listAlbums(AlbumQuery)} lists, by name instead of by position: start from
 * {@link #ALL}, {@link #owned()} or {@link #sharedWithMe()} and narrow with the {@code with…} methods. Unset parts
 * ({@code null}) are not sent.
 *
 * @param isOwned {@code true}: the key's user owns them; {@code false}: shared with the user
 * @param isShared {@code true}: shared with someone (owned or not)
 * @param name only albums of exactly this name
 * @param assetId only albums that hold this asset
 * @param albumId only this album
 */
public record AlbumQuery(Boolean isOwned, Boolean isShared, String name, UUID assetId, UUID albumId) {
  /** Every album the user can see: owned and shared with them. */
  public static final AlbumQuery ALL = new AlbumQuery(null, null, null, null, null);

  /** @return the albums the key's user owns */
  public static AlbumQuery owned() {
    return new AlbumQuery(true, null, null, null, null);
  }

  /** @return the albums others shared with the key's user */
  public static AlbumQuery sharedWithMe() {
    return new AlbumQuery(false, null, null, null, null);
  }

  /** @param albumName the exact name @return this query, narrowed to that name */
  public AlbumQuery withName(String albumName) {
    return new AlbumQuery(isOwned, isShared, albumName, assetId, albumId);
  }

  /** @param assetId an asset @return this query, narrowed to albums that hold it */
  public AlbumQuery containing(UUID asset) {
    return new AlbumQuery(isOwned, isShared, name, asset, albumId);
  }

  /** @param isShared whether the albums are shared with someone @return this query, narrowed */
  public AlbumQuery withShared(boolean shared) {
    return new AlbumQuery(isOwned, shared, name, assetId, albumId);
  }
}
