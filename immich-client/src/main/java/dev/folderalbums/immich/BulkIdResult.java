package dev.folderalbums.immich;

/**
 * What a bulk request did to one id, as {@link ImmichClient#addAssets} reads it.
 *
 * @param id the asset's id
 * @param success whether the request did it
 * @param error why not, as Immich writes it ({@code duplicate}, {@code no_permission}, {@code not_found},
 *     {@code unknown}, or what a newer server says), or {@code null}
 */
public record BulkIdResult(String id, boolean success, String error) {}
