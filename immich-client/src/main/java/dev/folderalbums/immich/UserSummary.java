package dev.folderalbums.immich;

/**
 * A user as the lean calls read one: who the key belongs to ({@code GET /users/me}).
 *
 * @param id the user's id
 * @param name the user's name
 * @param email the user's email address
 */
public record UserSummary(String id, String name, String email) {}
