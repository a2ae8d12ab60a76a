package dev.folderalbums.cli;

import dev.folderalbums.core.naming.NamingStrategies;
import dev.folderalbums.core.options.AlbumOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that decide album names and members. Shared by the main command and {@code plan} so that both take
 * exactly the same syntax.
 */
public final class PlanningOptions {
  /** The system property the help reads the available naming strategies from (set by {@link #describeNaming}). */
  static final String STRATEGIES = "folderalbums.help.namingStrategies";

  /** Puts each available naming strategy, with its description, where the help text of --naming finds it. */
  static void describeNaming() {
    StringBuilder text = new StringBuilder();
    NamingStrategies.available().forEach((name, provider) -> text.append(text.length() == 0 ? "" : "%n")
        .append("  ").append(name).append(": ").append(provider.description()));
    System.setProperty(STRATEGIES, text.toString());
  }

  @Option(names = {"-r", "--root-path"}, paramLabel = "PATH",
      description = "A root path: a library folder as Immich sees it. Repeatable. The main command also takes one as"
          + " ROOT_PATH; plan needs at least one.")
  List<String> rootPaths = new ArrayList<>();

  @Option(names = {"-a", "--album-levels"}, paramLabel = "LEVELS", defaultValue = "1",
      description = "Folders that make the album name: N>0 the first N, N<0 the last |N|, or a range "
          + "'start,end' of two positive or two negative numbers. Default: ${DEFAULT-VALUE}.")
  String albumLevels;

  @Option(names = {"-s", "--album-separator"}, paramLabel = "SEP", defaultValue = " ",
      description = "Joins the folder names of a multi-level album name; may be empty. Default: one space.")
  String albumSeparator;

  @Option(names = {"-R", "--album-name-post-regex"}, paramLabel = "PATTERN [REPLACEMENT]",
      parameterConsumer = PostRegexConsumer.class,
      description = "Replaces every match of PATTERN in the album name with REPLACEMENT (empty when left out). "
          + "Python syntax such as (?P<name>…), \\1 and \\g<name> works. Repeatable; applied in order.")
  List<String[]> nameRewrites = new ArrayList<>();

  @Option(names = {"-f", "--path-filter"}, paramLabel = "GLOB",
      description = "Only assets whose path below the root matches (*, **, ?, [..]; a plain word matches anywhere). "
          + "Repeatable: any may match.")
  List<String> pathFilters = new ArrayList<>();

  @Option(names = "--path-filter-regex", paramLabel = "REGEX",
      description = "Only assets whose path below the root fully matches. Repeatable: any may match.")
  List<String> pathFilterRegexes = new ArrayList<>();

  @Option(names = {"-i", "--ignore"}, paramLabel = "GLOB",
      description = "Leave out assets whose path below the root matches. Repeatable.")
  List<String> ignores = new ArrayList<>();

  @Option(names = "--ignore-regex", paramLabel = "REGEX",
      description = "Leave out assets whose path below the root fully matches. Repeatable.")
  List<String> ignoreRegexes = new ArrayList<>();

  @Option(names = "--read-album-properties",
      description = "Read .albumprops files in the library folders (album names, descriptions, sharing, …).")
  boolean readAlbumProperties;

  @Option(names = "--strict-album-properties",
      description = "Stop with an error at an unknown key in an .albumprops file (default: warn and ignore the key).")
  boolean strictAlbumProperties;

  @Option(names = "--date-format", paramLabel = "PATTERN", defaultValue = "yyyy-MM",
      description = "With --naming date: how the file date makes the album name, as a Java date pattern (UTC)."
          + " Default: ${DEFAULT-VALUE} (an album a month).")
  String dateFormat;

  @Option(names = "--naming", paramLabel = "STRATEGY", defaultValue = "folder-levels",
      description = {"The naming strategy. Default: ${DEFAULT-VALUE}. Available:",
          "${sys:" + STRATEGIES + ":-  (see --help)}"})
  String naming;

  /**
   * @param roots root paths given as positional argument or elsewhere, before {@code --root-path}
   * @return the album-core options
   * @throws dev.folderalbums.core.options.OptionException naming the bad option
   */
  AlbumOptions.Builder toBuilder(List<String> roots) {
    AlbumOptions.Builder b = AlbumOptions.builder();
    roots.forEach(b::rootPath);
    rootPaths.forEach(b::rootPath);
    b.albumLevels(albumLevels).albumSeparator(albumSeparator).namingStrategy(naming)
        .readAlbumProperties(readAlbumProperties)
        .strictAlbumProperties(strictAlbumProperties).dateFormat(dateFormat);
    nameRewrites.forEach(r -> b.nameRewrite(r[0], r[1]));
    pathFilters.forEach(b::pathFilter);
    pathFilterRegexes.forEach(b::pathFilterRegex);
    ignores.forEach(b::ignore);
    ignoreRegexes.forEach(b::ignoreRegex);
    return b;
  }
}
