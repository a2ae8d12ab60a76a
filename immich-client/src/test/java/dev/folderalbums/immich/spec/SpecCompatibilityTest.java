package dev.folderalbums.immich.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks that every operation, parameter and field listed in {@code openapi/used-api.txt} exists with the same type in
 * each Immich spec at hand. Prints a table of what each version lacks; fails only for the pinned version, so a future
 * Immich bump shows what breaks before anything else does.
 */
class SpecCompatibilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path projectRoot() {
    return Path.of(System.getProperty("folderalbums.projectRoot", "..")).toAbsolutePath().normalize();
  }

  /** The spec folders: $IMMICH_OPENAPI_DIR, -Dimmich.openapi.dir, or the shared folder beside the project. */
  private static Path specDir() {
    String configured = System.getProperty("immich.openapi.dir", System.getenv("IMMICH_OPENAPI_DIR"));
    return configured != null ? Path.of(configured) : projectRoot().resolveSibling("shared").resolve("openapi");
  }

  @Test
  void everyUsedPartOfTheApiExistsInThePinnedSpecAndTheOthersAreReported() throws IOException {
    List<String> used = Files.readAllLines(projectRoot().resolve("openapi/used-api.txt")).stream()
        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    Properties pin = new Properties();
    try (var in = Files.newInputStream(projectRoot().resolve("openapi/immich-openapi.properties"))) {
      pin.load(in);
    }
    String pinned = pin.getProperty("immich.spec.version");

    Map<String, Path> specs = new TreeMap<>();
    // The spec the build generated from (the pinned one unless overridden).
    specs.put(pinned + " (build)", projectRoot().resolve("immich-client/target/openapi/immich-openapi-specs.json"));
    if (Files.isDirectory(specDir())) {
      try (Stream<Path> dirs = Files.list(specDir())) {
        dirs.filter(d -> Files.isRegularFile(d.resolve("immich-openapi-specs.json")))
            .forEach(d -> specs.put(d.getFileName().toString(), d.resolve("immich-openapi-specs.json")));
      }
    }
    Map<String, List<String>> missing = new TreeMap<>();
    for (Map.Entry<String, Path> spec : specs.entrySet()) {
      JsonNode root = JSON.readTree(spec.getValue().toFile());
      List<String> gaps = new ArrayList<>();
      for (String line : used) {
        String gap = check(root, line);
        if (gap != null) {
          gaps.add(gap);
        }
      }
      missing.put(spec.getKey(), gaps);
    }
    StringBuilder table = new StringBuilder("\nImmich API compatibility (" + used.size() + " used parts)\n");
    table.append(String.format(Locale.ROOT, "%-16s | %-7s | %s%n", "spec", "missing", "what"));
    missing.forEach((version, gaps) -> table.append(String.format(Locale.ROOT, "%-16s | %7d | %s%n", version,
        gaps.size(), gaps.isEmpty() ? "-" : String.join("; ", gaps))));
    System.out.println(table);

    assertThat(missing.get(pinned + " (build)")).as("used API parts missing from the pinned spec").isEmpty();
    if (missing.containsKey(pinned)) {
      assertThat(missing.get(pinned)).as("used API parts missing from the shared pinned spec").isEmpty();
    }
  }

  /** @return a description of what the spec lacks for this line, or null when it is all there */
  static String check(JsonNode spec, String line) {
    String[] w = line.split("\\s+");
    switch (w[0]) {
      case "op": {
        JsonNode op = spec.path("paths").path(w[2]).path(w[1].toLowerCase(Locale.ROOT));
        return op.isMissingNode() ? w[1] + " " + w[2] : null;
      }
      case "param": {
        JsonNode op = spec.path("paths").path(w[2]).path(w[1].toLowerCase(Locale.ROOT));
        for (JsonNode p : op.path("parameters")) {
          if (w[3].equals(p.path("name").asText())) {
            String type = typeOf(p.path("schema"));
            return type.equals(w[4]) ? null : w[1] + " " + w[2] + "?" + w[3] + " is " + type + ", not " + w[4];
          }
        }
        return w[1] + " " + w[2] + "?" + w[3];
      }
      case "field": {
        String[] sp = w[1].split("\\.", 2);
        JsonNode schema = spec.path("components").path("schemas").path(sp[0]);
        if (schema.isMissingNode()) {
          return "schema " + sp[0];
        }
        JsonNode property = schema.path("properties").path(sp[1]);
        if (property.isMissingNode()) {
          return w[1];
        }
        String type = typeOf(property);
        return type.equals(w[2]) ? null : w[1] + " is " + type + ", not " + w[2];
      }
      default:
        throw new IllegalArgumentException("used-api.txt: unknown kind in line '" + line + "'");
    }
  }

  private static String typeOf(JsonNode schema) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      return "ref:" + ref.substring(ref.lastIndexOf('/') + 1);
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      if (schema.has(combinator) && schema.get(combinator).size() > 0) {
        return typeOf(schema.get(combinator).get(0));
      }
    }
    return schema.path("type").asText("object");
  }
}
