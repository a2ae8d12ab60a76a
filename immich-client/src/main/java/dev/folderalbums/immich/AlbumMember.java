package dev.folderalbums.immich;

/**
 * A user an album lists in {@code albumUsers}, with the role Immich gives: {@code editor} or {@code viewer}, and from
 * Immich 3 also {@code owner} for the album's owner, listed first.
 *
 * @param userId the user's id
 * @param role the role as Immich writes it
 */
public record AlbumMember(String userId, String role) {}
