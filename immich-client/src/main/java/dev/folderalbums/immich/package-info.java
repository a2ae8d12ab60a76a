/**
 * The Immich SDK for Java: {@link dev.folderalbums.immich.ImmichClient} wraps the API classes generated from
 * Immich's OpenAPI spec (packages {@code dev.folderalbums.immich.generated.*}) with a safe transport, retries and
 * typed errors.
 */
package dev.folderalbums.immich;
