package dev.folderalbums.immich;

import java.util.List;

/**
 * An album to create with {@link ImmichClient#createAlbum(NewAlbum)}: its name, and optionally its description, its
 * first assets (Immich takes up to a request's worth; add more with {@link ImmichClient#addAssetsToAlbum}) and the
 * users to share it with ({@link AlbumMember#role()} {@code editor} or {@code viewer}).
 *
 * @param albumName the name
 * @param description the description, or {@code null}
 * @param assetIds the assets to put in it at once, never {@code null}
 * @param albumUsers the users to share it with, never {@code null}
 */
public record NewAlbum(String albumName, String description, List<String> assetIds, List<AlbumMember> albumUsers) {
  /** Copies the lists; {@code null} lists are empty. */
  public NewAlbum {
    assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
    albumUsers = albumUsers == null ? List.of() : List.copyOf(albumUsers);
  }

  /** @param name the name @return an album of that name, without assets, description or shares */
  public static NewAlbum named(String name) {
    return new NewAlbum(name, null, List.of(), List.of());
  }
}
