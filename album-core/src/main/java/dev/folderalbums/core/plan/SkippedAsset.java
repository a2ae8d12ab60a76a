package dev.folderalbums.core.plan;

/**
 * An asset that goes into no album.
 *
 * @param id the asset's id
 * @param path its original path
 * @param reason why
 */
public record SkippedAsset(String id, String path, SkipReason reason) {}
