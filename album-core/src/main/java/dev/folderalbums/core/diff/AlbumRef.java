package dev.folderalbums.core.diff;

/**
 * The album an action is about: an existing one by id, or one that a {@link AlbumAction.CreateAlbum} earlier in the
 * same list creates, by name.
 *
 * @param id the existing album's id, or {@code null} for an album still to be created
 * @param name the album's name
 */
public record AlbumRef(String id, String name) {
  /** @return whether the album is created by this run */
  public boolean isNew() {
    return id == null;
  }
}
