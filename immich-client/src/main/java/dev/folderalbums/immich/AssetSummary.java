package dev.folderalbums.immich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The few fields of an asset that album tools need, read straight from a search page without building the full
 * generated {@code AssetResponseDto} tree: a fraction of the memory and parsing time on large libraries.
 *
 * @param id the asset id
 * @param ownerId the owner's id
 * @param originalPath the original path
 * @param fileCreatedAt the file date as Immich writes it (ISO 8601), or {@code null}; text, so that one bad value
 *     does not fail the page
 * @param visibility the visibility as Immich writes it ({@code timeline}, {@code archive}, …; kept as text so that a
 *     value from a newer server does not fail the page)
 * @param isOffline whether the file is offline
 * @param isTrashed whether the asset is in the trash
 * @param livePhotoVideoId the video part of a live photo, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssetSummary(String id, String ownerId, String originalPath, String fileCreatedAt,
    String visibility, Boolean isOffline, Boolean isTrashed, String livePhotoVideoId) {}
