/**
 * The unchecked exceptions that {@link dev.folderalbums.immich.ImmichClient} raises, one type per cause. All extend
 * {@link dev.folderalbums.immich.error.ImmichException}, which names the request's method and path.
 */
package dev.folderalbums.immich.error;
