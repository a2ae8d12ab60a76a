/** Implementation details of the client; not a public API and subject to change. */
package dev.folderalbums.immich.internal;
