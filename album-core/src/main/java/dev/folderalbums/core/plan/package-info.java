/**
 * The pure planner: {@link dev.folderalbums.core.plan.AlbumPlanner} turns assets and options into an
 * {@link dev.folderalbums.core.plan.AlbumPlan}, with no I/O.
 */
package dev.folderalbums.core.plan;
