package dev.folderalbums.immich;

import java.time.Instant;
import java.util.List;

/**
 * An album of {@code GET /albums} with the fields a folder sync reads; its assets and everything else are skipped
 * while reading, not built. Values the server leaves out are {@code null}.
 *
 * @param id the album's id
 * @param albumName its name
 * @param description its description
 * @param albumThumbnailAssetId the id of its cover asset
 * @param assetCount how many assets it holds
 * @param createdAt when it was created
 * @param isActivityEnabled whether comments and likes are on
 * @param order its sort order as Immich writes it ({@code asc}, {@code desc})
 * @param ownerId its owner's id where the server says it outside {@code albumUsers} (Immich 1.x and 2.x)
 * @param albumUsers the users it lists with their roles, never {@code null}
 */
public record AlbumSummary(String id, String albumName, String description, String albumThumbnailAssetId,
    Integer assetCount, Instant createdAt, Boolean isActivityEnabled, String order, String ownerId,
    List<AlbumMember> albumUsers) {
  /** Never null, and not changed by the caller's list afterwards. */
  public AlbumSummary {
    albumUsers = albumUsers == null ? List.of() : List.copyOf(albumUsers);
  }
}
