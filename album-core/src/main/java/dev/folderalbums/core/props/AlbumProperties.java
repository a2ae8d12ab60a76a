package dev.folderalbums.core.props;

import dev.folderalbums.core.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an album should look like besides its members. Every field may be unset ({@code null}); an unset field leaves
 * Immich's value alone. {@code false} and the empty string are values, not "unset".
 *
 * @param description the album description
 * @param shareWith users to share with, in a stable order; role {@link ShareRole#NONE} only while resolving
 * @param thumbnail {@code first}, {@code last}, {@code random}, {@code random-filtered}, {@code random-all}, or an
 *     absolute asset path
 * @param sortOrder the asset order
 * @param visibility the visibility to give the album's assets
 * @param commentsAndLikesEnabled whether comments and likes are on
 */
public record AlbumProperties(String description, List<AlbumShare> shareWith, String thumbnail, SortOrder sortOrder,
    Visibility visibility, Boolean commentsAndLikesEnabled) {

  /** No property set. */
  public static final AlbumProperties NONE = new AlbumProperties(null, List.of(), null, null, null, null);

  /** Copies the list. */
  public AlbumProperties {
    shareWith = shareWith == null ? List.of() : List.copyOf(shareWith);
  }

  /** @return whether no property is set */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * Lays {@code over} on top of this: its set fields win; shares accumulate by user, {@code over}'s role winning,
   * and a role of {@link ShareRole#NONE} removes the user.
   *
   * @param over the more specific properties
   * @return the combination
   */
  public AlbumProperties overlay(AlbumProperties over) {
    Map<String, AlbumShare> shares = new LinkedHashMap<>();
    shareWith.forEach(s -> shares.put(s.user(), s));
    over.shareWith.forEach(s -> {
      shares.remove(s.user());
      shares.put(s.user(), s);
    });
    return new AlbumProperties(
        over.description != null ? over.description : description,
        new ArrayList<>(shares.values()),
        over.thumbnail != null ? over.thumbnail : thumbnail,
        over.sortOrder != null ? over.sortOrder : sortOrder,
        over.visibility != null ? over.visibility : visibility,
        over.commentsAndLikesEnabled != null ? over.commentsAndLikesEnabled : commentsAndLikesEnabled);
  }

  /** @return these properties without the shares of role {@link ShareRole#NONE} */
  public AlbumProperties withoutRemovedShares() {
    if (shareWith.stream().noneMatch(s -> s.role() == ShareRole.NONE)) {
      return this;
    }
    return new AlbumProperties(description, shareWith.stream().filter(s -> s.role() != ShareRole.NONE).toList(),
        thumbnail, sortOrder, visibility, commentsAndLikesEnabled);
  }
}
