/**
 * From a plan and the albums that exist to the actions that reconcile them: {@link
 * dev.folderalbums.core.diff.PlanDiff} derives {@link dev.folderalbums.core.diff.AlbumAction}s, the executor applies
 * them.
 */
package dev.folderalbums.core.diff;
