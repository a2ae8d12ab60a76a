package dev.folderalbums.core.props;

import dev.folderalbums.core.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One parsed {@code .albumprops} file: the YAML keys of the Python tool, each checked, with errors naming the line.
 *
 * @param location the file's path, for messages
 * @param overrideName {@code override_name}: the album name for this folder's assets and those of the folders that
 *     inherit it
 * @param properties the album properties the file sets
 * @param inherit {@code inherit}: {@code true} takes properties from the files above; {@code false} or absent
 *     ({@code null}) stops the chain at this file
 * @param inheritProperties {@code inherit_properties}: the keys taken from above; empty for all ({@code share_with}
 *     is always taken)
 * @param warnings what was passed over (unknown keys), each naming the file and line
 */
public record AlbumPropsFile(String location, String overrideName, AlbumProperties properties, Boolean inherit,
    Set<String> inheritProperties, List<String> warnings) {

  /** The keys a file may have. */
  public static final Set<String> KEYS = Set.of("override_name", "description", "share_with", "thumbnail_setting",
      "sort_order", "visibility", "comments_and_likes_enabled", "inherit", "inherit_properties");

  /** The keys {@code inherit_properties} may list. */
  public static final Set<String> INHERITABLE = Set.of("override_name", "description", "share_with",
      "thumbnail_setting", "sort_order", "visibility", "comments_and_likes_enabled");

  /** Copies the collections. */
  public AlbumPropsFile {
    inheritProperties = Set.copyOf(inheritProperties);
    warnings = List.copyOf(warnings);
  }

  /**
   * Parses leniently: an unknown key is a warning, as in the Python tool, which ignores it.
   *
   * @param location the file's path, for messages
   * @param yaml the file's text
   * @return the parsed file
   * @throws AlbumPropsException for invalid YAML or a bad value
   */
  public static AlbumPropsFile parse(String location, String yaml) {
    return parse(location, yaml, false);
  }

  /**
   * @param location the file's path, for messages
   * @param yaml the file's text
   * @param strict whether an unknown key is an error instead of a warning
   * @return the parsed file
   * @throws AlbumPropsException for invalid YAML, a bad value, or (when strict) an unknown key
   */
  public static AlbumPropsFile parse(String location, String yaml, boolean strict) {
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setLabel(location).build()).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      throw new AlbumPropsException(location, line, "invalid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new AlbumPropsException(location, 0, "invalid YAML: " + e.getMessage());
    }
    if (root.isEmpty()) {
      return new AlbumPropsFile(location, null, AlbumProperties.NONE, null, Set.of(), List.of());
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      throw new AlbumPropsException(location, line(root.get()), "expected a mapping of keys such as description:");
    }
    String overrideName = null;
    String description = null;
    List<AlbumShare> shares = new ArrayList<>();
    String thumbnail = null;
    SortOrder sortOrder = null;
    Visibility visibility = null;
    Boolean comments = null;
    Boolean inherit = null;
    Set<String> inheritProperties = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> warnings = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(location, tuple.getKeyNode(), "key");
      Node value = tuple.getValueNode();
      int line = line(tuple.getKeyNode());
      if (!KEYS.contains(key)) {
        String closest = closest(key);
        String message = "unknown key '" + key + "'" + (closest == null ? "" : " (did you mean '" + closest + "'?)")
            + "; allowed: " + String.join(", ", KEYS.stream().sorted().toList());
        if (strict) {
          throw new AlbumPropsException(location, line, message);
        }
        warnings.add(location + ":" + line + ": " + message + "; the key is ignored");
        continue;
      }
      if (!seen.add(key)) {
        throw new AlbumPropsException(location, line, "key '" + key + "' appears twice");
      }
      try {
        switch (key) {
          case "override_name" -> overrideName = scalar(location, value, key);
          case "description" -> description = nullableScalar(location, value, key, "");
          case "share_with" -> shares.addAll(shares(location, value));
          case "thumbnail_setting" -> thumbnail = thumbnail(scalar(location, value, key));
          case "sort_order" -> sortOrder = SortOrder.parse(scalar(location, value, key));
          case "visibility" -> visibility = Visibility.parse(scalar(location, value, key));
          case "comments_and_likes_enabled" -> comments = bool(location, value, key);
          case "inherit" -> inherit = bool(location, value, key);
          case "inherit_properties" -> {
            for (Node item : sequence(location, value, key)) {
              String name = scalar(location, item, key);
              if (!INHERITABLE.contains(name)) {
                throw new AlbumPropsException(location, line(item), "'" + name + "' cannot be inherited; allowed: "
                    + String.join(", ", INHERITABLE.stream().sorted().toList()));
              }
              inheritProperties.add(name);
            }
          }
          default -> throw new IllegalStateException(key);
        }
      } catch (AlbumPropsException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new AlbumPropsException(location, line(value), key + ": " + e.getMessage());
      }
    }
    return new AlbumPropsFile(location, overrideName,
        new AlbumProperties(description, shares, thumbnail, sortOrder, visibility, comments), inherit,
        inheritProperties, warnings);
  }

  /** The known key nearest to a misspelt one, when it is near enough to be what was meant. */
  private static String closest(String key) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : KEYS.stream().sorted().toList()) {
      int d = distance(key.toLowerCase(java.util.Locale.ROOT), k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(2, key.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String thumbnail(String value) {
    String v = value.trim();
    if (v.startsWith("/") || List.of("first", "last", "random").contains(v.toLowerCase(java.util.Locale.ROOT))) {
      return v.startsWith("/") ? v : v.toLowerCase(java.util.Locale.ROOT);
    }
    throw new IllegalArgumentException("'" + value + "' is not allowed; use first, last, random or an absolute"
        + " asset path");
  }

  private static List<AlbumShare> shares(String location, Node value) {
    List<AlbumShare> shares = new ArrayList<>();
    for (Node item : sequence(location, value, "share_with")) {
      if (item instanceof ScalarNode) {
        shares.add(new AlbumShare(scalar(location, item, "share_with"), ShareRole.VIEWER));
        continue;
      }
      if (!(item instanceof MappingNode entry)) {
        throw new AlbumPropsException(location, line(item), "share_with: each entry needs user: and role:");
      }
      String user = null;
      ShareRole role = ShareRole.VIEWER;
      for (NodeTuple t : entry.getValue()) {
        String k = scalar(location, t.getKeyNode(), "share_with");
        switch (k) {
          case "user" -> user = scalar(location, t.getValueNode(), "user");
          case "role" -> {
            try {
              role = ShareRole.parse(scalar(location, t.getValueNode(), "role"), true);
            } catch (IllegalArgumentException e) {
              throw new AlbumPropsException(location, line(t.getValueNode()), "share_with: " + e.getMessage());
            }
          }
          default -> throw new AlbumPropsException(location, line(t.getKeyNode()),
              "share_with: unknown key '" + k + "'; allowed: user, role");
        }
      }
      if (user == null || user.isBlank()) {
        throw new AlbumPropsException(location, line(item), "share_with: an entry has no user:");
      }
      shares.add(new AlbumShare(user, role));
    }
    return shares;
  }

  private static List<Node> sequence(String location, Node node, String key) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
      return List.of();
    }
    throw new AlbumPropsException(location, line(node), key + ": expected a list");
  }

  private static String scalar(String location, Node node, String key) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    throw new AlbumPropsException(location, line(node), key + ": expected a single value");
  }

  private static String nullableScalar(String location, Node node, String key, String ifNull) {
    String v = scalar(location, node, key);
    return v == null ? ifNull : v;
  }

  private static Boolean bool(String location, Node node, String key) {
    String v = scalar(location, node, key).trim().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on" -> Boolean.TRUE;
      case "false", "no", "off" -> Boolean.FALSE;
      default -> throw new AlbumPropsException(location, line(node), key + ": '" + v + "' is not true or false");
    };
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
  }
}
