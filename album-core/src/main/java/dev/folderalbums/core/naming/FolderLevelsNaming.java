package dev.folderalbums.core.naming;

import dev.folderalbums.core.options.AlbumLevels;
import dev.folderalbums.core.options.AlbumOptions;
import java.util.List;
import java.util.Optional;

/**
 * The built-in naming of the Python tool: the folders selected by {@code --album-levels}, joined by
 * {@code --album-separator}.
 */
public final class FolderLevelsNaming implements NamingStrategy {
  /** The name it is selected by. */
  public static final String NAME = "folder-levels";

  private final AlbumLevels levels;
  private final String separator;

  /**
   * @param levels which folders
   * @param separator what joins them
   */
  public FolderLevelsNaming(AlbumLevels levels, String separator) {
    this.levels = levels;
    this.separator = separator;
  }

  @Override
  public Optional<String> albumName(AssetLocation location) {
    List<String> folders = location.folders();
    int size = folders.size();
    int from;
    int to; // exclusive
    if (levels.start() > 0) {
      if (levels.range() && size < levels.start()) {
        return Optional.empty();
      }
      from = levels.start() - 1;
      to = Math.min(levels.end(), size);
    } else {
      // As in the Python tool, a negative range never makes a path too shallow: the start is clamped to the first
      // folder, and a range that then collapses names that folder alone.
      from = Math.max(0, size + levels.start());
      to = Math.max(from + 1, size + levels.end() + 1);
    }
    return Optional.of(String.join(separator, folders.subList(from, to)));
  }

  /** Registers the strategy with the {@link java.util.ServiceLoader}. */
  public static final class Provider implements NamingStrategyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "the folders chosen by --album-levels, joined by --album-separator (default)";
    }

    @Override
    public NamingStrategy create(AlbumOptions options) {
      return new FolderLevelsNaming(options.albumLevels(), options.albumSeparator());
    }
  }
}
