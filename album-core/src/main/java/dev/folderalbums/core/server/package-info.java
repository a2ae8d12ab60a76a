/**
 * The executor's view of an Immich server, in album-core's own types; the only place that knows the generated client
 * and the differences between Immich generations.
 */
package dev.folderalbums.core.server;
