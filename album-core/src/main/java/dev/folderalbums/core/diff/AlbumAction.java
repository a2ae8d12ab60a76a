package dev.folderalbums.core.diff;

import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import java.util.List;

/** One change to apply to Immich. The executor applies them; it decides nothing itself. */
public sealed interface AlbumAction {

  /** @return the album the action is about, or {@code null} for asset-only actions */
  AlbumRef album();

  /**
   * Create an album, with its first chunk of assets and its shares in the same request.
   *
   * @param album the new album (by name)
   * @param description its description, or {@code null}
   * @param assetIds the first assets (at most one chunk), possibly none
   * @param shares the users to share it with from the start, possibly none
   */
  record CreateAlbum(AlbumRef album, String description, List<String> assetIds, List<ShareAlbum> shares)
      implements AlbumAction {
    /** Copies the lists. */
    public CreateAlbum {
      assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
      shares = shares == null ? List.of() : List.copyOf(shares);
    }
  }

  /**
   * Add assets to an album: one request per action (the list is one chunk).
   *
   * @param album the album
   * @param assetIds the assets
   */
  record AddAssets(AlbumRef album, List<String> assetIds) implements AlbumAction {
    /** Copies the list. */
    public AddAssets {
      assetIds = List.copyOf(assetIds);
    }
  }

  /**
   * Change album properties; {@code null} fields stay as they are.
   *
   * @param album the album
   * @param description the new description
   * @param thumbnailAssetId the new thumbnail asset
   * @param order the new order
   * @param commentsAndLikesEnabled the new activity switch
   */
  record UpdateAlbum(AlbumRef album, String description, String thumbnailAssetId, SortOrder order,
      Boolean commentsAndLikesEnabled) implements AlbumAction {}

  /**
   * Share an album with a user.
   *
   * @param album the album
   * @param userId the user
   * @param userLabel the user's name or email as configured, for reports
   * @param role the role
   */
  record ShareAlbum(AlbumRef album, String userId, String userLabel, ShareRole role) implements AlbumAction {}

  /**
   * Change a shared user's role.
   *
   * @param album the album
   * @param userId the user
   * @param userLabel the user's name or email, for reports
   * @param role the new role
   */
  record ChangeRole(AlbumRef album, String userId, String userLabel, ShareRole role) implements AlbumAction {}

  /**
   * Stop sharing an album with a user.
   *
   * @param album the album
   * @param userId the user
   * @param userLabel the user's name or email, for reports
   */
  record UnshareAlbum(AlbumRef album, String userId, String userLabel) implements AlbumAction {}

  /**
   * Give assets a visibility.
   *
   * @param assetIds the assets
   * @param visibility the visibility
   */
  record SetVisibility(List<String> assetIds, Visibility visibility) implements AlbumAction {
    /** Copies the list. */
    public SetVisibility {
      assetIds = List.copyOf(assetIds);
    }

    @Override
    public AlbumRef album() {
      return null;
    }
  }

  /**
   * Delete an album (never its assets).
   *
   * @param album the album
   * @param assetCount how many assets it held, for reports
   */
  record DeleteAlbum(AlbumRef album, int assetCount) implements AlbumAction {}
}
