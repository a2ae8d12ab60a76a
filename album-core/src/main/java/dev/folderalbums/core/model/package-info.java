/** The values album-core works on: assets as planning sees them. */
package dev.folderalbums.core.model;
