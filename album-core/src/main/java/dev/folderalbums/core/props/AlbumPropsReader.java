package dev.folderalbums.core.props;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the {@code .albumprops} file of a folder, if there is one. Injected into the planner so that planning stays
 * free of I/O; {@link #filesystem(String, String)} reads the library as mounted where this tool runs.
 */
@FunctionalInterface
public interface AlbumPropsReader {

  /** The file name looked for in each folder. */
  String FILE_NAME = ".albumprops";

  /** A reader that finds no files. */
  AlbumPropsReader NONE = folder -> Optional.empty();

  /**
   * @param folder the folder's path as Immich sees it, without a trailing slash
   * @return the file's text, or empty when the folder has none
   */
  Optional<String> read(String folder);

  /**
   * Reads from the local file system, where Immich's paths may be mounted elsewhere: a folder
   * {@code immichPrefix + rest} is read at {@code localPrefix + rest}.
   *
   * @param immichPrefix the start of Immich's paths to replace, e.g. {@code /external_libs}; empty for none
   * @param localPrefix what to replace it with here, e.g. {@code /mnt/photos}; empty for none
   * @return the reader
   */
  static AlbumPropsReader filesystem(String immichPrefix, String localPrefix) {
    return folder -> {
      String local = !immichPrefix.isEmpty() && folder.startsWith(immichPrefix)
          ? localPrefix + folder.substring(immichPrefix.length()) : folder;
      Path file = Path.of(local.isEmpty() ? "/" : local, FILE_NAME);
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (NoSuchFileException absent) {
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    };
  }
}
