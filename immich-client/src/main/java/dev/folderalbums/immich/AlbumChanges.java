package dev.folderalbums.immich;

/**
 * What {@link ImmichClient#updateAlbum(String, AlbumChanges)} changes on an album; {@code null} fields are left as
 * they are.
 *
 * @param description the new description
 * @param albumThumbnailAssetId the new cover asset's id
 * @param order the new sort order as Immich writes it ({@code asc}, {@code desc})
 * @param isActivityEnabled whether comments and likes are on
 */
public record AlbumChanges(String description, String albumThumbnailAssetId, String order,
    Boolean isActivityEnabled) {
  /** Nothing changed. */
  public static final AlbumChanges NONE = new AlbumChanges(null, null, null, null);

  /** @param assetId the new cover asset's id @return these changes and that cover */
  public AlbumChanges cover(String assetId) {
    return new AlbumChanges(description, assetId, order, isActivityEnabled);
  }
}
