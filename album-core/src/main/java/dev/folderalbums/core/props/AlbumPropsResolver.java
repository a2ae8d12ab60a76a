package dev.folderalbums.core.props;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the properties that apply to a folder from the {@code .albumprops} files on the way down from its root.
 *
 * <p>Per folder, with {@code above} what its parent passes down (nothing above the root):
 * <ul>
 *   <li>no file: effective = above, passes on = above;</li>
 *   <li>{@code inherit: true}: effective = above overlaid with the file; passes on the effective properties,
 *       only the keys in {@code inherit_properties} when it is given;</li>
 *   <li>{@code inherit} absent: effective = above overlaid with the file; passes on only {@code above};</li>
 *   <li>{@code inherit: false}: effective = the file alone; passes nothing on.</li>
 * </ul>
 * Shares accumulate along the way; a deeper role replaces a shallower one, role {@code none} removes the user.
 * {@code override_name} applies to the folder's own assets only. Results are cached per folder. Not thread-safe.
 */
public final class AlbumPropsResolver {
  private final AlbumPropsReader reader;
  private final Map<String, State> cache = new HashMap<>();

  /** @param reader reads a folder's file */
  public AlbumPropsResolver(AlbumPropsReader reader) {
    this.reader = reader;
  }

  /**
   * What applies to one folder.
   *
   * @param overrideName the folder's {@code override_name}, or {@code null}
   * @param properties the effective properties (shares of role none already removed)
   * @param sources the files that contributed, root first
   */
  public record Resolved(String overrideName, AlbumProperties properties, List<String> sources) {}

  private record State(Resolved resolved, AlbumProperties passedOn, List<String> passedSources) {}

  /**
   * @param root the root path, without trailing slash
   * @param folders the folder names from the root down to the asset's folder
   * @return what applies to the innermost folder
   * @throws AlbumPropsException for a bad file
   */
  public Resolved resolve(String root, List<String> folders) {
    return state(root, folders, folders.size()).resolved();
  }

  private State state(String root, List<String> folders, int depth) {
    StringBuilder path = new StringBuilder(root);
    for (int i = 0; i < depth; i++) {
      path.append('/').append(folders.get(i));
    }
    String folder = path.toString();
    State cached = cache.get(folder);
    if (cached != null) {
      return cached;
    }
    State above = depth == 0
        ? new State(null, AlbumProperties.NONE, List.of())
        : state(root, folders, depth - 1);
    State state = compute(folder, above);
    cache.put(folder, state);
    return state;
  }

  private State compute(String folder, State above) {
    Optional<String> text = reader.read(folder.isEmpty() ? "/" : folder);
    if (text.isEmpty()) {
      return new State(new Resolved(null, above.passedOn.withoutRemovedShares(), above.passedSources),
          above.passedOn, above.passedSources);
    }
    String location = (folder.endsWith("/") ? folder : folder + "/") + AlbumPropsReader.FILE_NAME;
    AlbumPropsFile file = AlbumPropsFile.parse(location, text.get());
    boolean takesFromAbove = !Boolean.FALSE.equals(file.inherit());
    AlbumProperties base = takesFromAbove ? above.passedOn : AlbumProperties.NONE;
    List<String> sources = new ArrayList<>(takesFromAbove ? above.passedSources : List.of());
    sources.add(location);
    AlbumProperties effective = base.overlay(file.properties());
    Resolved resolved = new Resolved(file.overrideName(), effective.withoutRemovedShares(), List.copyOf(sources));
    if (Boolean.TRUE.equals(file.inherit())) {
      return new State(resolved, limit(effective, file), List.copyOf(sources));
    }
    if (file.inherit() == null) {
      return new State(resolved, above.passedOn, above.passedSources);
    }
    return new State(resolved, AlbumProperties.NONE, List.of());
  }

  /** Passes on only the listed keys. */
  private static AlbumProperties limit(AlbumProperties effective, AlbumPropsFile file) {
    if (file.inheritProperties().isEmpty()) {
      return effective;
    }
    var keys = file.inheritProperties();
    return new AlbumProperties(
        keys.contains("description") ? effective.description() : null,
        keys.contains("share_with") ? effective.shareWith() : List.of(),
        keys.contains("thumbnail_setting") ? effective.thumbnail() : null,
        keys.contains("sort_order") ? effective.sortOrder() : null,
        keys.contains("visibility") ? effective.visibility() : null,
        keys.contains("comments_and_likes_enabled") ? effective.commentsAndLikesEnabled() : null);
  }
}
