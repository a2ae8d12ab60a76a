/** Glob and regular-expression filters on asset paths. */
package dev.folderalbums.core.filter;
