package dev.folderalbums.testkit;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of an album of the fake server.
 *
 * @param id the album id
 * @param name the name
 * @param ownerId the owner
 * @param description the description
 * @param assetIds the members, in the order added
 * @param users the shared users and their roles (owner excluded)
 * @param thumbnailAssetId the thumbnail
 * @param order {@code asc} or {@code desc}
 * @param activityEnabled whether comments and likes are on
 */
public record FakeAlbum(String id, String name, String ownerId, String description, List<String> assetIds,
    Map<String, String> users, String thumbnailAssetId, String order, boolean activityEnabled) {}
