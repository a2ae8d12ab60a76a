package dev.folderalbums.core.diff;

import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * An album as it is on the server, in our own terms.
 *
 * @param id the album's id
 * @param name its name
 * @param ownerId the owner's user id
 * @param assetCount how many assets it holds
 * @param assetIds its members when known (fetched), else {@code null}
 * @param sharedWith the users it is shared with (owner excluded), by user id
 * @param description its description
 * @param thumbnailAssetId its thumbnail asset, or {@code null}
 * @param order its asset order, or {@code null}
 * @param commentsAndLikesEnabled whether activity is on, or {@code null} when unknown
 * @param createdAt when it was created, or {@code null} when unknown; of albums sharing a name, the oldest is kept
 */
public record ExistingAlbum(String id, String name, String ownerId, int assetCount, Set<String> assetIds,
    Map<String, ShareRole> sharedWith, String description, String thumbnailAssetId, SortOrder order,
    Boolean commentsAndLikesEnabled, Instant createdAt) {

  /** Copies the collections. */
  public ExistingAlbum {
    assetIds = assetIds == null ? null : Set.copyOf(assetIds);
    sharedWith = sharedWith == null ? Map.of() : Map.copyOf(sharedWith);
  }

  /** @param ids the known members @return this album with its members known */
  public ExistingAlbum withAssetIds(Set<String> ids) {
    return new ExistingAlbum(id, name, ownerId, assetCount, ids, sharedWith, description, thumbnailAssetId, order,
        commentsAndLikesEnabled, createdAt);
  }

  /** Oldest first (unknown dates last), then by id: the first of albums sharing a name is the one to keep. */
  public static final Comparator<ExistingAlbum> OLDEST_FIRST = Comparator.comparing(ExistingAlbum::createdAt,
      Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(ExistingAlbum::id);
}
