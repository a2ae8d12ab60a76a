package dev.folderalbums.core.props;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the properties that apply to a folder from the {@code .albumprops} files between it and its root, by the
 * rules of the Python tool's README ("Property Inheritance"):
 * <ul>
 *   <li>From the folder up towards the root (root included), folders without a file are passed over; the first file
 *       met applies. A folder without a file therefore takes everything from the nearest file above it.</li>
 *   <li>When that file has {@code inherit: true}, it also takes from the next file above (which may in turn take
 *       from the one above it); {@code inherit_properties} limits what it takes (absent: everything). With
 *       {@code inherit: false} or no {@code inherit}, the chain stops at that file.</li>
 *   <li>Deeper values override those above. {@code share_with} is special: the users above are always taken, a
 *       deeper role replaces a shallower one, and role {@code none} removes the user.</li>
 *   <li>{@code override_name} is inherited like any other property.</li>
 * </ul>
 * Results are cached per folder. Not thread-safe.
 */
public final class AlbumPropsResolver {
  private final AlbumPropsReader reader;
  private final boolean strict;
  private final Map<String, Resolved> folders = new HashMap<>();
  private final Map<String, Resolved> files = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /** @param reader reads a folder's file */
  public AlbumPropsResolver(AlbumPropsReader reader) {
    this(reader, false);
  }

  /**
   * @param reader reads a folder's file
   * @param strict whether an unknown key is an error instead of a warning
   */
  public AlbumPropsResolver(AlbumPropsReader reader, boolean strict) {
    this.reader = reader;
    this.strict = strict;
  }

  /**
   * What applies to one folder.
   *
   * @param overrideName the album name the folder's assets go to instead of the one made from folders, or
   *     {@code null}
   * @param properties the effective properties; shares of role {@link ShareRole#NONE} are kept, so that albums
   *     merged from several folders can drop those users for good
   * @param sources the files that contributed, root first
   */
  public record Resolved(String overrideName, AlbumProperties properties, List<String> sources) {
    /** Nothing applies. */
    static final Resolved NONE = new Resolved(null, AlbumProperties.NONE, List.of());

    /** Copies the list. */
    public Resolved {
      sources = List.copyOf(sources);
    }
  }

  /**
   * @param root the root path, without trailing slash
   * @param folders the folder names from the root down to the asset's folder
   * @return what applies to the innermost folder
   * @throws AlbumPropsException for a bad file
   */
  public Resolved resolve(String root, List<String> folders) {
    return folder(root, folders, folders.size());
  }

  /** @return the warnings of the files read so far (unknown keys), each naming the file and line */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** What applies to the folder {@code depth} levels below the root: its own file's chain, or its parent's. */
  private Resolved folder(String root, List<String> names, int depth) {
    String path = path(root, names, depth);
    Resolved cached = folders.get(path);
    if (cached != null) {
      return cached;
    }
    Optional<String> text = reader.read(path.isEmpty() ? "/" : path);
    Resolved resolved;
    if (text.isPresent()) {
      resolved = file(root, names, depth, path, text.get());
    } else {
      resolved = depth == 0 ? Resolved.NONE : folder(root, names, depth - 1);
    }
    folders.put(path, resolved);
    return resolved;
  }

  /** The chain that starts at the file of the folder at {@code path}. */
  private Resolved file(String root, List<String> names, int depth, String path, String text) {
    Resolved cached = files.get(path);
    if (cached != null) {
      return cached;
    }
    String location = (path.endsWith("/") ? path : path + "/") + AlbumPropsReader.FILE_NAME;
    AlbumPropsFile file = AlbumPropsFile.parse(location, text, strict);
    warnings.addAll(file.warnings());
    Resolved own = new Resolved(file.overrideName(), file.properties(), List.of(location));
    Resolved resolved = own;
    if (Boolean.TRUE.equals(file.inherit()) && depth > 0) {
      Resolved above = folder(root, names, depth - 1);
      resolved = above.sources().isEmpty() ? own : combine(above, own, file.inheritProperties());
    }
    files.put(path, resolved);
    return resolved;
  }

  /** {@code own} taking from {@code above}: only the listed keys (all when none are listed), and always the users. */
  private static Resolved combine(Resolved above, Resolved own, Set<String> keys) {
    boolean all = keys.isEmpty();
    AlbumProperties a = above.properties();
    AlbumProperties taken = new AlbumProperties(
        all || keys.contains("description") ? a.description() : null,
        a.shareWith(),
        all || keys.contains("thumbnail_setting") ? a.thumbnail() : null,
        all || keys.contains("sort_order") ? a.sortOrder() : null,
        all || keys.contains("visibility") ? a.visibility() : null,
        all || keys.contains("comments_and_likes_enabled") ? a.commentsAndLikesEnabled() : null);
    String overrideName = own.overrideName() != null ? own.overrideName()
        : all || keys.contains("override_name") ? above.overrideName() : null;
    List<String> sources = new ArrayList<>(above.sources());
    sources.addAll(own.sources());
    return new Resolved(overrideName, taken.overlay(own.properties()), sources);
  }

  private static String path(String root, List<String> names, int depth) {
    StringBuilder path = new StringBuilder(root);
    for (int i = 0; i < depth; i++) {
      path.append('/').append(names.get(i));
    }
    return path.toString();
  }
}
