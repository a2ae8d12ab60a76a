package dev.folderalbums.core.plan;

import dev.folderalbums.core.filter.PathPattern;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.naming.AssetLocation;
import dev.folderalbums.core.naming.NamingStrategies;
import dev.folderalbums.core.naming.NamingStrategy;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.options.NameRewrite;
import dev.folderalbums.core.props.AlbumProperties;
import dev.folderalbums.core.props.AlbumPropsReader;
import dev.folderalbums.core.props.AlbumPropsResolver;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Turns assets and options into an {@link AlbumPlan}: which album each asset belongs to, what each album should look
 * like, and why the rest belong to none. Pure: no network, no clock, no randomness; files are read only through the
 * injected {@link AlbumPropsReader}. The work per asset is a root lookup, the filters and a map look-up; names and
 * properties are computed once per folder. Albums are then assembled (members sorted, properties merged) in parallel
 * on the common fork-join pool; the plan is the same whatever the order of the input or the threads.
 *
 * <pre>{@code
 * AlbumOptions options = AlbumOptions.builder().rootPath("/photos").albumLevels("2").build();
 * AlbumPlan plan = AlbumPlanner.of(options).plan(List.of(Asset.ofPath("/photos/2020/Feb/a.jpg")));
 * }</pre>
 */
public final class AlbumPlanner {
  private static final Comparator<Asset> BY_PATH = (a, b) -> {
    int c = a.originalPath().compareTo(b.originalPath());
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  private final AlbumOptions options;
  private final AlbumPropsReader propsReader;
  private final NamingStrategy naming;
  private final List<String> roots;
  private final List<PathPattern> pathFilters;
  private final List<PathPattern> pathFilterRegexes;
  private final List<PathPattern> ignores;
  private final List<PathPattern> ignoreRegexes;
  private final List<NameRewrite.Compiled> rewrites;

  private AlbumPlanner(AlbumOptions options, AlbumPropsReader propsReader, NamingStrategy naming) {
    this.options = options;
    this.propsReader = propsReader;
    this.naming = naming;
    // Longest first: an asset under nested roots belongs to the innermost.
    this.roots = options.rootPaths().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.pathFilters = options.pathFilters().stream().map(PathPattern::glob).toList();
    this.pathFilterRegexes = options.pathFilterRegexes().stream().map(PathPattern::regex).toList();
    this.ignores = options.ignores().stream().map(PathPattern::glob).toList();
    this.ignoreRegexes = options.ignoreRegexes().stream().map(PathPattern::regex).toList();
    this.rewrites = options.nameRewrites().stream().map(NameRewrite::compile).toList();
  }

  /**
   * A planner that reads no {@code .albumprops} files.
   *
   * @param options the configuration
   * @return the planner
   */
  public static AlbumPlanner of(AlbumOptions options) {
    return of(options, AlbumPropsReader.NONE);
  }

  /**
   * @param options the configuration
   * @param propsReader reads {@code .albumprops} files when {@link AlbumOptions#readAlbumProperties()} is on
   * @return the planner
   * @throws IllegalArgumentException for an unknown naming strategy
   */
  public static AlbumPlanner of(AlbumOptions options, AlbumPropsReader propsReader) {
    return new AlbumPlanner(options, Objects.requireNonNull(propsReader), NamingStrategies.create(options));
  }

  /**
   * @param options the configuration
   * @param propsReader reads {@code .albumprops} files
   * @param naming the naming strategy to use instead of the one the options name
   * @return the planner
   */
  public static AlbumPlanner of(AlbumOptions options, AlbumPropsReader propsReader, NamingStrategy naming) {
    return new AlbumPlanner(options, Objects.requireNonNull(propsReader), Objects.requireNonNull(naming));
  }

  /** What a folder contributes: its album name (or why none) and its properties. Computed once per folder. */
  private static final class Folder {
    final String root;
    final String path;
    final String albumName;
    final SkipReason skip;
    final AlbumPropsResolver.Resolved props;
    List<Asset> members;
    /** Whether control characters were replaced in its album name. */
    boolean cleaned;
    /** Whether the naming strategy itself gave a blank name. */
    boolean blankFromStrategy;
    /** Where it lies, when the strategy names each asset: the folder then stands for its assets' albums. */
    AssetLocation location;

    Folder(String root, String path, String albumName, SkipReason skip, AlbumPropsResolver.Resolved props) {
      this.root = root;
      this.path = path;
      this.albumName = albumName;
      this.skip = skip;
      this.props = props;
    }

    String path() {
      return path;
    }

    AlbumPropsResolver.Resolved props() {
      return props;
    }
  }

  /**
   * @param assets the assets, in any order; duplicates by id count once
   * @return the plan
   * @throws dev.folderalbums.core.props.AlbumPropsException for a bad {@code .albumprops} file
   */
  public AlbumPlan plan(Collection<Asset> assets) {
    Set<String> liveVideoIds = new HashSet<>();
    for (Asset a : assets) {
      if (a.livePhotoVideoId() != null) {
        liveVideoIds.add(a.livePhotoVideoId());
      }
    }
    AlbumPropsResolver resolver = options.readAlbumProperties()
        ? new AlbumPropsResolver(propsReader, options.strictAlbumProperties()) : null;
    Map<String, Folder> folders = new HashMap<>();
    List<SkippedAsset> skipped = new ArrayList<>();

    for (Asset asset : assets) {
      String path = asset.originalPath();
      if (liveVideoIds.contains(asset.id())) {
        skipped.add(new SkippedAsset(asset.id(), path, SkipReason.LIVE_PHOTO_VIDEO));
        continue;
      }
      int slash = path.lastIndexOf('/');
      String dir = slash <= 0 ? "" : path.substring(0, slash);
      Folder folder = folders.get(dir);
      if (folder == null) {
        folder = folder(dir, resolver);
        folders.put(dir, folder);
      }
      if (folder.skip == SkipReason.OUTSIDE_ROOTS || folder.skip == SkipReason.ROOT_LEVEL
          || folder.skip == SkipReason.UNSAFE_PATH) {
        skipped.add(new SkippedAsset(asset.id(), path, folder.skip));
        continue;
      }
      int relStart = folder.root.equals("/") ? 1 : folder.root.length() + 1;
      SkipReason filtered = filter(path, relStart);
      if (filtered != null) {
        skipped.add(new SkippedAsset(asset.id(), path, filtered));
        continue;
      }
      if (folder.location != null) {
        folder = byAsset(folder, asset, folders);
      }
      if (folder.albumName == null) {
        skipped.add(new SkippedAsset(asset.id(), path, folder.skip));
        continue;
      }
      if (folder.members == null) {
        folder.members = new ArrayList<>();
      }
      folder.members.add(asset);
    }

    // Albums are assembled in parallel (they share no folder), so the warnings are collected in a concurrent set.
    Set<String> warnings = new ConcurrentSkipListSet<>();
    if (resolver != null) {
      warnings.addAll(resolver.warnings());
    }
    Map<String, List<Folder>> albumFolders = new HashMap<>();
    for (Folder f : folders.values()) {
      if (f.members != null) {
        albumFolders.computeIfAbsent(f.albumName, n -> new ArrayList<>()).add(f);
      }
      if (f.cleaned) {
        warnings.add("the album name for folder " + Printable.escape(f.path) + " had control characters; each"
            + " became '_': " + f.albumName);
      }
      if (f.skip == SkipReason.EMPTY_NAME) {
        warnings.add("the album name for folder " + Printable.escape(f.path) + (f.blankFromStrategy
            ? " is blank: the naming strategy '" + options.namingStrategy() + "' gave no name"
            : " is empty after the name rewrites") + ": its assets go into no album");
      }
    }
    List<PlannedAlbum> albums = new ArrayList<>(new TreeMap<>(albumFolders).entrySet()).parallelStream()
        .map(entry -> {
          List<Folder> sources = entry.getValue();
          sources.sort(Comparator.comparing(f -> f.path + "/"));
          List<Asset> list = members(sources);
          AlbumProperties props = withDefaults(merge(entry.getKey(), sources, warnings)).withoutRemovedShares();
          return new PlannedAlbum(entry.getKey(), list, props, thumbnail(entry.getKey(), props, list, warnings),
              sources.stream().map(Folder::path).toList());
        }).toList();
    skipped.sort((a, b) -> {
      int c = a.path().compareTo(b.path());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    skipped.removeIf(new java.util.function.Predicate<>() {
      private SkippedAsset previous;

      @Override
      public boolean test(SkippedAsset s) {
        boolean repeat = previous != null && previous.id().equals(s.id()) && previous.path().equals(s.path());
        previous = s;
        return repeat;
      }
    });
    return new AlbumPlan(albums, skipped, new ArrayList<>(warnings));
  }

  /**
   * The album's members sorted by path, an asset listed twice (search pages can overlap) kept once. Each folder is
   * sorted on its own, then the folders are laid end to end in path order, so the final sort finds long sorted runs
   * and costs little more than one comparison per asset.
   */
  private static List<Asset> members(List<Folder> folders) {
    int size = 0;
    for (Folder f : folders) {
      f.members.sort(BY_PATH);
      size += f.members.size();
    }
    List<Asset> all = new ArrayList<>(size);
    folders.forEach(f -> all.addAll(f.members));
    all.sort(BY_PATH);
    List<Asset> out = new ArrayList<>(size);
    Asset previous = null;
    for (Asset a : all) {
      if (previous == null || !previous.id().equals(a.id())) {
        out.add(a);
      }
      previous = a;
    }
    return out;
  }

  private Folder folder(String dir, AlbumPropsResolver resolver) {
    if (dir.contains("/.") && hasDotSegment(dir)) {
      // /photos/../../etc/x lies outside the root once normalised; /photos/./x would make an album named '.'.
      return new Folder(null, dir, null, SkipReason.UNSAFE_PATH, null);
    }
    String root = null;
    for (String r : roots) {
      if (r.equals("/") ? dir.startsWith("/") || dir.isEmpty()
          : dir.startsWith(r) && (dir.length() == r.length() || dir.charAt(r.length()) == '/')) {
        root = r;
        break;
      }
    }
    if (root == null) {
      return new Folder(null, dir, null, SkipReason.OUTSIDE_ROOTS, null);
    }
    String rel = root.equals("/") ? (dir.isEmpty() ? "" : dir.substring(1))
        : dir.length() == root.length() ? "" : dir.substring(root.length() + 1);
    List<String> names = new ArrayList<>();
    for (String part : rel.split("/")) {
      if (!part.isEmpty()) {
        names.add(part);
      }
    }
    if (names.isEmpty()) {
      return new Folder(root, dir, null, SkipReason.ROOT_LEVEL, null);
    }
    AlbumPropsResolver.Resolved props = resolver == null ? null : resolver.resolve(root.equals("/") ? "" : root,
        names);
    if (props != null && props.overrideName() != null && !props.overrideName().isBlank()) {
      return named(new Folder(root, dir, Printable.clean(props.overrideName().trim()).trim(), null, props),
          props.overrideName().trim());
    }
    AssetLocation location = new AssetLocation(root, names);
    if (naming.usesAsset()) {
      Folder perAsset = new Folder(root, dir, null, null, props);
      perAsset.location = location;
      return perAsset;
    }
    return named(root, dir, naming.albumName(location), props, SkipReason.TOO_SHALLOW);
  }

  /**
   * For a strategy that names each asset: the folder's part that holds the assets of one name, made once per folder
   * and name (the rewrites run once per name, not per asset).
   */
  private Folder byAsset(Folder folder, Asset asset, Map<String, Folder> folders) {
    Optional<String> name = naming.albumName(folder.location, asset);
    // A NUL never occurs in a path: the key cannot meet a folder's own.
    String key = folder.path + '\u0000' + name.orElse("\u0000");
    Folder named = folders.get(key);
    if (named == null) {
      named = named(folder.root, folder.path, name, folder.props, SkipReason.NO_NAME);
      folders.put(key, named);
    }
    return named;
  }

  /** The album a name makes, after the rewrites; or why there is none. */
  private Folder named(String root, String dir, Optional<String> name, AlbumPropsResolver.Resolved props,
      SkipReason whenNone) {
    if (name.isEmpty()) {
      return new Folder(root, dir, null, whenNone, props);
    }
    String n = name.get();
    if (n.isBlank()) {
      // A strategy's fault, not the rewrites': said so, and the folder's assets go into no album.
      Folder blank = new Folder(root, dir, null, SkipReason.EMPTY_NAME, props);
      blank.blankFromStrategy = true;
      return blank;
    }
    for (NameRewrite.Compiled rewrite : rewrites) {
      n = rewrite.apply(n);
    }
    // Album names carry no control characters or bidirectional overrides; the folder is named in a warning.
    String raw = n.strip();
    n = Printable.clean(raw).strip();
    return n.isEmpty() ? new Folder(root, dir, null, SkipReason.EMPTY_NAME, props)
        : named(new Folder(root, dir, n, null, props), raw);
  }

  private static Folder named(Folder folder, String raw) {
    folder.cleaned = !raw.equals(folder.albumName);
    return folder;
  }


  private static boolean hasDotSegment(String dir) {
    for (String segment : dir.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private SkipReason filter(String path, int relStart) {
    if (!pathFilters.isEmpty() && !anyMatches(pathFilters, path, relStart)) {
      return SkipReason.FILTERED;
    }
    if (!pathFilterRegexes.isEmpty() && !anyMatches(pathFilterRegexes, path, relStart)) {
      return SkipReason.FILTERED;
    }
    if (anyMatches(ignores, path, relStart) || anyMatches(ignoreRegexes, path, relStart)) {
      return SkipReason.IGNORED;
    }
    return null;
  }

  private static boolean anyMatches(List<PathPattern> patterns, String path, int relStart) {
    for (PathPattern p : patterns) {
      if (p.matches(path, relStart)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The options are defaults: a property the files set wins over the option ("Property Precedence" in the Python
   * tool's README), and the option's users are not added to an album whose files list users of their own.
   */
  private AlbumProperties withDefaults(AlbumProperties fromFiles) {
    AlbumProperties defaults = options.defaultProperties();
    if (!fromFiles.shareWith().isEmpty()) {
      defaults = new AlbumProperties(defaults.description(), List.of(), defaults.thumbnail(), defaults.sortOrder(),
          defaults.visibility(), defaults.commentsAndLikesEnabled());
    }
    return defaults.overlay(fromFiles);
  }

  /**
   * Several folders can make one album: their properties merge in folder order. The first value set wins and a
   * different later one is reported. Users accumulate; for a user shared with different roles the more restrictive
   * role wins, and a user that any folder sets to {@code none} stays removed from the album.
   */
  private static AlbumProperties merge(String album, List<Folder> sources, Set<String> warnings) {
    List<AlbumProperties> all = sources.stream().map(Folder::props).filter(Objects::nonNull)
        .map(AlbumPropsResolver.Resolved::properties).filter(p -> !p.isEmpty()).distinct().toList();
    if (all.isEmpty()) {
      return AlbumProperties.NONE;
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    Map<String, AlbumShare> shares = new LinkedHashMap<>();
    for (AlbumProperties p : all) {
      for (AlbumShare s : p.shareWith()) {
        AlbumShare before = shares.get(s.user());
        if (before == null) {
          shares.put(s.user(), s);
        } else if (before.role() == ShareRole.NONE || s.role() == ShareRole.NONE) {
          shares.put(s.user(), new AlbumShare(s.user(), ShareRole.NONE));
        } else if (before.role() != s.role()) {
          ShareRole winner = before.role().mostRestrictive(s.role());
          warnings.add("album '" + album + "': " + s.user() + " is shared as " + before.role().value() + " and "
              + s.role().value() + " by different folders; using " + winner.value());
          shares.put(s.user(), new AlbumShare(s.user(), winner));
        }
      }
    }
    return new AlbumProperties(
        first(album, "description", all.stream().map(AlbumProperties::description).toList(), warnings),
        new ArrayList<>(shares.values()),
        first(album, "thumbnail_setting", all.stream().map(AlbumProperties::thumbnail).toList(), warnings),
        first(album, "sort_order", all.stream().map(AlbumProperties::sortOrder).toList(), warnings),
        first(album, "visibility", all.stream().map(AlbumProperties::visibility).toList(), warnings),
        first(album, "comments_and_likes_enabled",
            all.stream().map(AlbumProperties::commentsAndLikesEnabled).toList(), warnings));
  }

  private static <T> T first(String album, String key, List<T> values, Set<String> warnings) {
    T chosen = null;
    for (T v : values) {
      if (v == null) {
        continue;
      }
      if (chosen == null) {
        chosen = v;
      } else if (!chosen.equals(v)) {
        warnings.add("album '" + album + "': folders set different " + key + " values; using '" + chosen + "'");
      }
    }
    return chosen;
  }

  private static String thumbnail(String album, AlbumProperties props, List<Asset> members, Set<String> warnings) {
    String setting = props.thumbnail();
    if (setting == null || members.isEmpty()) {
      return null;
    }
    Comparator<Asset> byDate = Comparator.comparing(Asset::fileCreatedAt,
        Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(BY_PATH);
    switch (setting) {
      case "first":
        return members.stream().min(byDate).map(Asset::id).orElse(null);
      case "last":
        return members.stream().filter(a -> a.fileCreatedAt() != null).max(byDate)
            .or(() -> members.stream().max(BY_PATH)).map(Asset::id).orElse(null);
      default:
        if (setting.startsWith("/")) {
          Optional<Asset> match = members.stream().filter(a -> a.originalPath().equals(setting)).findFirst();
          if (match.isEmpty()) {
            warnings.add("album '" + album + "': thumbnail " + setting + " is not one of its assets; left alone");
          }
          return match.map(Asset::id).orElse(null);
        }
        return null; // random choices are the executor's
    }
  }
}
