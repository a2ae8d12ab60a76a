/** Album properties and the {@code .albumprops} files that set them per folder, with inheritance. */
package dev.folderalbums.core.props;
