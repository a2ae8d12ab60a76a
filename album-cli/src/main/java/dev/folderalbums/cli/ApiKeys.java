package dev.folderalbums.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads API keys given literally or in files (one key per line), as {@code -t/--api-key-type} says. */
final class ApiKeys {
  private ApiKeys() {}

  /**
   * @param values the keys, or the files that hold them
   * @param fromFiles whether the values are files
   * @return the keys, in order
   * @throws UsageException naming the file and line of an unreadable file or an empty line
   */
  static List<String> read(List<String> values, boolean fromFiles) {
    if (!fromFiles) {
      for (String v : values) {
        if (v.isBlank()) {
          throw new UsageException("API_KEY: an API key is empty");
        }
      }
      return List.copyOf(values);
    }
    List<String> keys = new ArrayList<>();
    for (String file : values) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("--api-key-type file: cannot read the key file " + file + " ("
            + e.getClass().getSimpleName() + ")");
      }
      int last = lines.size();
      while (last > 0 && lines.get(last - 1).isBlank()) {
        last--; // a trailing newline is no empty key
      }
      if (last == 0) {
        throw new UsageException(file + ": the key file holds no key");
      }
      for (int i = 0; i < last; i++) {
        String key = lines.get(i).strip();
        if (key.isEmpty()) {
          throw new UsageException(file + ":" + (i + 1) + ": empty line; put one API key on each line");
        }
        keys.add(key);
      }
    }
    return keys;
  }
}
