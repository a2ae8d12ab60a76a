package dev.folderalbums.core.options;

import dev.folderalbums.core.filter.PathPattern;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.naming.FolderLevelsNaming;
import dev.folderalbums.core.props.AlbumProperties;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one configuration of album-core: what the command line, the environment and embedding programs all build.
 * Names and defaults are those of the Python tool's options. Immutable; create with {@link #builder()}.
 */
public final class AlbumOptions {
  /** The thumbnail settings {@code --set-album-thumbnail} takes. */
  public static final Set<String> THUMBNAIL_SETTINGS = Set.of("first", "last", "random", "random-filtered",
      "random-all");

  private final List<String> rootPaths;
  private final AlbumLevels albumLevels;
  private final String albumSeparator;
  private final List<NameRewrite> nameRewrites;
  private final List<String> pathFilters;
  private final List<String> pathFilterRegexes;
  private final List<String> ignores;
  private final List<String> ignoreRegexes;
  private final boolean readAlbumProperties;
  private final boolean strictAlbumProperties;
  private final String namingStrategy;
  private final String dateFormat;
  private final List<AlbumShare> shareWith;
  private final SortOrder albumOrder;
  private final Boolean commentsAndLikesEnabled;
  private final String albumThumbnail;
  private final Visibility visibility;

  private AlbumOptions(Builder b) {
    this.rootPaths = b.rootPaths.stream().map(AlbumOptions::normaliseRoot).distinct().toList();
    this.albumLevels = b.albumLevels;
    this.albumSeparator = b.albumSeparator;
    this.nameRewrites = List.copyOf(b.nameRewrites);
    this.pathFilters = List.copyOf(b.pathFilters);
    this.pathFilterRegexes = List.copyOf(b.pathFilterRegexes);
    this.ignores = List.copyOf(b.ignores);
    this.ignoreRegexes = List.copyOf(b.ignoreRegexes);
    this.readAlbumProperties = b.readAlbumProperties;
    this.strictAlbumProperties = b.strictAlbumProperties;
    this.namingStrategy = b.namingStrategy;
    this.dateFormat = b.dateFormat;
    this.shareWith = List.copyOf(b.shareWith);
    this.albumOrder = b.albumOrder;
    this.commentsAndLikesEnabled = b.commentsAndLikesEnabled;
    this.albumThumbnail = b.albumThumbnail;
    this.visibility = b.visibility;
  }

  /** @return a builder with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options, to derive changed ones */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rootPaths.addAll(rootPaths);
    b.albumLevels = albumLevels;
    b.albumSeparator = albumSeparator;
    b.nameRewrites.addAll(nameRewrites);
    b.pathFilters.addAll(pathFilters);
    b.pathFilterRegexes.addAll(pathFilterRegexes);
    b.ignores.addAll(ignores);
    b.ignoreRegexes.addAll(ignoreRegexes);
    b.readAlbumProperties = readAlbumProperties;
    b.strictAlbumProperties = strictAlbumProperties;
    b.namingStrategy = namingStrategy;
    b.dateFormat = dateFormat;
    b.shareWith.addAll(shareWith);
    b.albumOrder = albumOrder;
    b.commentsAndLikesEnabled = commentsAndLikesEnabled;
    b.albumThumbnail = albumThumbnail;
    b.visibility = visibility;
    return b;
  }

  /** Trailing slashes do not matter: {@code /photos/} is {@code /photos}; {@code /} stays. */
  static String normaliseRoot(String root) {
    String r = root.trim();
    while (r.length() > 1 && r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }

  /** @return {@code -r/--root-path}: the library folders albums are made below, normalised */
  public List<String> rootPaths() {
    return rootPaths;
  }

  /** @return {@code -a/--album-levels} (default 1) */
  public AlbumLevels albumLevels() {
    return albumLevels;
  }

  /** @return {@code -s/--album-separator} (default one space) */
  public String albumSeparator() {
    return albumSeparator;
  }

  /** @return {@code -R/--album-name-post-regex}, applied in order */
  public List<NameRewrite> nameRewrites() {
    return nameRewrites;
  }

  /** @return {@code -f/--path-filter} globs */
  public List<String> pathFilters() {
    return pathFilters;
  }

  /** @return {@code --path-filter-regex} expressions */
  public List<String> pathFilterRegexes() {
    return pathFilterRegexes;
  }

  /** @return {@code -i/--ignore} globs */
  public List<String> ignores() {
    return ignores;
  }

  /** @return {@code --ignore-regex} expressions */
  public List<String> ignoreRegexes() {
    return ignoreRegexes;
  }

  /** @return {@code --read-album-properties}: whether {@code .albumprops} files are read */
  public boolean readAlbumProperties() {
    return readAlbumProperties;
  }

  /**
   * @return {@code --strict-album-properties}: whether an unknown key in an {@code .albumprops} file is an error
   *     (default: a warning, and the key is ignored)
   */
  public boolean strictAlbumProperties() {
    return strictAlbumProperties;
  }

  /** @return {@code --date-format}: the pattern of the {@code date} naming strategy (default {@code yyyy-MM}) */
  public String dateFormat() {
    return dateFormat;
  }

  /** @return {@code --naming}: the naming strategy's name (default {@code folder-levels}) */
  public String namingStrategy() {
    return namingStrategy;
  }

  /** @return {@code -x/--share-with} with the {@code -o/--share-role} applied where no role was given */
  public List<AlbumShare> shareWith() {
    return shareWith;
  }

  /** @return {@code -O/--album-order}, or {@code null} to leave Immich's order alone */
  public SortOrder albumOrder() {
    return albumOrder;
  }

  /** @return {@code --comments-and-likes-enabled/-disabled}, or {@code null} to leave alone */
  public Boolean commentsAndLikesEnabled() {
    return commentsAndLikesEnabled;
  }

  /** @return {@code --set-album-thumbnail}, or {@code null} to leave alone */
  public String albumThumbnail() {
    return albumThumbnail;
  }

  /** @return {@code --visibility} for the assets added to albums, or {@code null} to leave alone */
  public Visibility visibility() {
    return visibility;
  }

  /** @return the album properties the options set for every album; {@code .albumprops} files override them */
  public AlbumProperties defaultProperties() {
    return new AlbumProperties(null, shareWith, albumThumbnail, albumOrder, visibility,
        commentsAndLikesEnabled);
  }

  @Override
  public String toString() {
    return "AlbumOptions[roots=" + rootPaths + ", levels=" + albumLevels + ", separator='" + albumSeparator
        + "', rewrites=" + nameRewrites.size() + ", pathFilters=" + pathFilters + ", ignores=" + ignores
        + ", naming=" + namingStrategy + "]";
  }

  /** Collects option values; {@link #build()} validates them all, naming the option of the first bad one. */
  public static final class Builder {
    private final List<String> rootPaths = new ArrayList<>();
    private AlbumLevels albumLevels = AlbumLevels.DEFAULT;
    private String albumSeparator = " ";
    private final List<NameRewrite> nameRewrites = new ArrayList<>();
    private final List<String> pathFilters = new ArrayList<>();
    private final List<String> pathFilterRegexes = new ArrayList<>();
    private final List<String> ignores = new ArrayList<>();
    private final List<String> ignoreRegexes = new ArrayList<>();
    private boolean readAlbumProperties;
    private boolean strictAlbumProperties;
    private String dateFormat = "yyyy-MM";
    private String namingStrategy = FolderLevelsNaming.NAME;
    private final List<AlbumShare> shareWith = new ArrayList<>();
    private SortOrder albumOrder;
    private Boolean commentsAndLikesEnabled;
    private String albumThumbnail;
    private Visibility visibility;

    private Builder() {}

    /** @param roots root paths to add @return this builder */
    public Builder rootPaths(List<String> roots) {
      roots.forEach(this::rootPath);
      return this;
    }

    /**
     * @param root a root path to add: absolute, as Immich's paths are
     * @return this builder
     */
    public Builder rootPath(String root) {
      if (root == null || root.isBlank()) {
        throw new OptionException("--root-path", "a root path must not be empty");
      }
      if (!root.trim().startsWith("/")) {
        // Quoted only when it looks like a path: a misplaced argument may be an API key (keys have no '/').
        throw new OptionException("--root-path", (root.contains("/") ? "'" + root.trim() + "'" : "a root path")
            + " is not absolute; Immich's paths start with /, e.g. /external_libs/photos");
      }
      rootPaths.add(root);
      return this;
    }

    /** @param levels the album levels @return this builder */
    public Builder albumLevels(AlbumLevels levels) {
      this.albumLevels = Objects.requireNonNull(levels);
      return this;
    }

    /**
     * @param levels {@code N} or {@code "start,end"}
     * @return this builder
     * @throws OptionException naming {@code --album-levels}
     */
    public Builder albumLevels(String levels) {
      try {
        this.albumLevels = AlbumLevels.parse(levels);
      } catch (IllegalArgumentException e) {
        throw new OptionException("--album-levels", e.getMessage());
      }
      return this;
    }

    /** @param separator joins folder names; may be empty @return this builder */
    public Builder albumSeparator(String separator) {
      this.albumSeparator = Objects.requireNonNull(separator);
      return this;
    }

    /**
     * @param pattern a regular expression (Python syntax accepted)
     * @param replacement its replacement, or {@code null} to remove matches
     * @return this builder
     * @throws OptionException naming {@code --album-name-post-regex}
     */
    public Builder nameRewrite(String pattern, String replacement) {
      try {
        nameRewrites.add(new NameRewrite(pattern, replacement));
      } catch (IllegalArgumentException e) {
        throw new OptionException("--album-name-post-regex", e.getMessage());
      }
      return this;
    }

    /** @param glob a path filter @return this builder */
    public Builder pathFilter(String glob) {
      check("--path-filter", () -> PathPattern.glob(glob));
      pathFilters.add(glob);
      return this;
    }

    /** @param regex a path filter expression @return this builder */
    public Builder pathFilterRegex(String regex) {
      check("--path-filter-regex", () -> PathPattern.regex(regex));
      pathFilterRegexes.add(regex);
      return this;
    }

    /** @param glob an ignore pattern @return this builder */
    public Builder ignore(String glob) {
      check("--ignore", () -> PathPattern.glob(glob));
      ignores.add(glob);
      return this;
    }

    /** @param regex an ignore expression @return this builder */
    public Builder ignoreRegex(String regex) {
      check("--ignore-regex", () -> PathPattern.regex(regex));
      ignoreRegexes.add(regex);
      return this;
    }

    /** @param read whether to read {@code .albumprops} files @return this builder */
    public Builder readAlbumProperties(boolean read) {
      this.readAlbumProperties = read;
      return this;
    }

    /** @param strict whether an unknown {@code .albumprops} key is an error @return this builder */
    public Builder strictAlbumProperties(boolean strict) {
      this.strictAlbumProperties = strict;
      return this;
    }

    /**
     * @param pattern a {@link java.time.format.DateTimeFormatter} pattern for the {@code date} naming strategy
     * @return this builder
     * @throws OptionException naming {@code --date-format} for a bad pattern
     */
    public Builder dateFormat(String pattern) {
      try {
        java.time.format.DateTimeFormatter.ofPattern(Objects.requireNonNull(pattern), Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new OptionException("--date-format", "'" + pattern + "' is not a date pattern: " + e.getMessage());
      }
      if (pattern.isBlank()) {
        throw new OptionException("--date-format", "the pattern must not be blank; e.g. yyyy-MM");
      }
      this.dateFormat = pattern;
      return this;
    }

    /** @param name a naming strategy's name @return this builder */
    public Builder namingStrategy(String name) {
      this.namingStrategy = Objects.requireNonNull(name).trim().toLowerCase(Locale.ROOT);
      return this;
    }

    /** @param share a user to share every album with @return this builder */
    public Builder shareWith(AlbumShare share) {
      shareWith.add(Objects.requireNonNull(share));
      return this;
    }

    /** @param order the album order, or {@code null} @return this builder */
    public Builder albumOrder(SortOrder order) {
      this.albumOrder = order;
      return this;
    }

    /** @param enabled whether comments and likes are on, or {@code null} @return this builder */
    public Builder commentsAndLikesEnabled(Boolean enabled) {
      this.commentsAndLikesEnabled = enabled;
      return this;
    }

    /**
     * @param setting first, last, random, random-filtered, random-all, or {@code null}
     * @return this builder
     */
    public Builder albumThumbnail(String setting) {
      if (setting != null) {
        String s = setting.trim().toLowerCase(Locale.ROOT);
        if (!THUMBNAIL_SETTINGS.contains(s)) {
          throw new OptionException("--set-album-thumbnail", "'" + setting + "' is not allowed; use one of "
              + String.join(", ", THUMBNAIL_SETTINGS.stream().sorted().toList()));
        }
        this.albumThumbnail = s;
      } else {
        this.albumThumbnail = null;
      }
      return this;
    }

    /** @param visibility the visibility for album assets, or {@code null} @return this builder */
    public Builder visibility(Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /**
     * @return the options
     * @throws OptionException when no root path is given
     */
    public AlbumOptions build() {
      if (rootPaths.isEmpty()) {
        throw new OptionException("--root-path", "at least one root path is required");
      }
      return new AlbumOptions(this);
    }

    private static void check(String option, Runnable compile) {
      try {
        compile.run();
      } catch (IllegalArgumentException e) {
        throw new OptionException(option, e.getMessage());
      }
    }
  }
}
