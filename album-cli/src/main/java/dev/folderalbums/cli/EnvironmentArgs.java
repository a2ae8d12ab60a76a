package dev.folderalbums.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns the Python tool's container environment variables into command-line arguments, for the options the command
 * line does not set itself (the command line wins). Lists are colon-separated as in the Python tool's image;
 * numbered variables ({@code PATH_FILTER_REGEX1…N}) are read in order until the first gap.
 */
final class EnvironmentArgs {
  private EnvironmentArgs() {}

  /** Variables that map one to one onto an option taking a value. */
  private static final String[][] VALUES = {
      {"ALBUM_LEVELS", "--album-levels"}, {"ALBUM_SEPARATOR", "--album-separator"},
      {"CHUNK_SIZE", "--chunk-size"}, {"FETCH_CHUNK_SIZE", "--fetch-chunk-size"}, {"LOG_LEVEL", "--log-level"},
      {"MODE", "--mode"}, {"SHARE_ROLE", "--share-role"}, {"SYNC_MODE", "--sync-mode"},
      {"ALBUM_ORDER", "--album-order"}, {"SET_ALBUM_THUMBNAIL", "--set-album-thumbnail"},
      {"VISIBILITY", "--visibility"}, {"API_TIMEOUT", "--api-timeout"},
      {"UPDATE_ALBUM_PROPS_MODE", "--update-album-props-mode"}, {"MAX_RETRY_COUNT", "--max-retry-count"},
      {"THREADS", "--threads"}, {"CRON_EXPRESSION", "--cron"}, {"API_KEY_TYPE", "--api-key-type"},
      {"NAMING", "--naming"}, {"DATE_FORMAT", "--date-format"},
  };

  /** Variables that switch a flag on. */
  private static final String[][] FLAGS = {
      {"INSECURE", "--insecure"}, {"DELETE_CONFIRM", "--delete-confirm"},
      {"FIND_ASSETS_IN_ALBUMS", "--find-assets-in-albums"}, {"FIND_ARCHIVED_ASSETS", "--find-archived-assets"},
      {"READ_ALBUM_PROPERTIES", "--read-album-properties"}, {"UNATTENDED", "--unattended"},
      {"RUN_IMMEDIATELY", "--run-immediately"}, {"DRY_RUN", "--dry-run"}, {"ARCHIVE", "--archive"},
      {"STRICT_ALBUM_PROPERTIES", "--strict-album-properties"},
  };

  /** Colon-separated lists. */
  private static final String[][] LISTS = {
      {"IGNORE", "--ignore"}, {"PATH_FILTER", "--path-filter"}, {"SHARE_WITH", "--share-with"},
  };

  /** Numbered variables. */
  private static final String[][] NUMBERED = {
      {"PATH_FILTER_REGEX", "--path-filter-regex"}, {"IGNORE_REGEX", "--ignore-regex"},
  };

  /**
   * @param env the environment
   * @param setOnCommandLine whether the command line already set an option (by long name)
   * @return arguments to put before the command line's own
   * @throws UsageException naming the variable for a bad boolean
   */
  static List<String> of(Map<String, String> env, Predicate<String> setOnCommandLine) {
    return of(env, setOnCommandLine, option -> true);
  }

  /**
   * @param env the environment
   * @param setOnCommandLine whether the command line already set an option (by long name)
   * @param accepted whether the command takes an option (by long name): {@code plan} takes only some
   * @return arguments to put before the command line's own
   * @throws UsageException naming the variable for a bad boolean
   */
  static List<String> of(Map<String, String> env, Predicate<String> setOnCommandLine, Predicate<String> accepted) {
    Predicate<String> skip = option -> !accepted.test(option) || setOnCommandLine.test(option);
    List<String> args = new ArrayList<>();
    for (String[] v : VALUES) {
      String value = env.get(v[0]);
      if (value != null && !value.isEmpty() && !skip.test(v[1])) {
        args.add(v[1] + "=" + value);
      }
    }
    // ALBUM_SEPARATOR may be deliberately empty.
    if (env.containsKey("ALBUM_SEPARATOR") && env.get("ALBUM_SEPARATOR").isEmpty()
        && !skip.test("--album-separator")) {
      args.add("--album-separator=");
    }
    for (String[] f : FLAGS) {
      if (env.containsKey(f[0]) && !skip.test(f[1]) && bool(f[0], env.get(f[0]))) {
        args.add(f[1]);
      }
    }
    for (String[] l : LISTS) {
      String value = env.get(l[0]);
      if (value != null && !value.isEmpty() && !skip.test(l[1])) {
        for (String item : value.split(":")) {
          if (!item.isEmpty()) {
            args.add(l[1] + "=" + item);
          }
        }
      }
    }
    for (String[] n : NUMBERED) {
      if (skip.test(n[1])) {
        continue;
      }
      for (int i = 1; env.containsKey(n[0] + i); i++) {
        args.add(n[1] + "=" + env.get(n[0] + i));
      }
    }
    if (!skip.test("--album-name-post-regex")) {
      for (int i = 1; env.containsKey("ALBUM_NAME_POST_REGEX" + i); i++) {
        List<String> words = words("ALBUM_NAME_POST_REGEX" + i, env.get("ALBUM_NAME_POST_REGEX" + i));
        args.add("--album-name-post-regex");
        args.addAll(words);
      }
    }
    String comments = env.get("COMMENTS_AND_LIKES");
    if (comments != null && !comments.isEmpty() && !skip.test("--comments-and-likes-enabled")
        && !skip.test("--comments-and-likes-disabled")) {
      args.add(bool("COMMENTS_AND_LIKES", comments) ? "--comments-and-likes-enabled"
          : "--comments-and-likes-disabled");
    }
    return args;
  }

  /**
   * Reads the Python tool's boolean variables strictly: it takes any value, even {@code 0}, as "on"; we do not.
   *
   * @param name the variable
   * @param value its value
   * @return the boolean
   */
  static boolean bool(String name, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0", "" -> false;
      default -> throw new UsageException(name + ": '" + value + "' is not allowed; use true, false, 1 or 0");
    };
  }

  /** Splits {@code PATTERN [REPLACEMENT]} like a shell: quotes group, a backslash outside quotes is kept. */
  static List<String> words(String name, String value) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(current.toString());
          current.setLength(0);
          inWord = false;
        }
      } else {
        current.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new UsageException(name + ": unclosed quote in '" + value + "'");
    }
    if (inWord) {
      words.add(current.toString());
    }
    if (words.isEmpty() || words.size() > 2) {
      throw new UsageException(name + ": expected 'PATTERN' or 'PATTERN REPLACEMENT', got " + words.size()
          + " words; quote a pattern or replacement that contains spaces");
    }
    return words;
  }
}
