/** The one configuration of album-core, shared by every front end, and its value types. */
package dev.folderalbums.core.options;
