package dev.folderalbums.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.options.AlbumOptions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every worked example of the shared naming reference, as a table: options in, albums and members out. */
class NamingExamplesTest {
  static final String ROOT = "/external_libs/photos";
  static final List<String> TREE = List.of(
      "2020/02 Feb/Vacation/a.jpg", "2020/08 Aug/Vacation/b.jpg", "2020/c.jpg", "2020/02 Feb/c2.jpg",
      "Birthdays/John/d.jpg", "Birthdays/Jane/e.jpg", "Birthdays/e0.jpg", "Skiing 2023/f.jpg", "g.jpg");

  static Stream<Arguments> examples() {
    return Stream.of(
        example("defaults", b -> b, albums(
            "2020", "02 Feb/Vacation/a, 02 Feb/c2, 08 Aug/Vacation/b, c",
            "Birthdays", "Jane/e, John/d, e0",
            "Skiing 2023", "f")),
        example("root with a trailing slash", b -> replaceRoot(b, ROOT + "/"), albums(
            "2020", "02 Feb/Vacation/a, 02 Feb/c2, 08 Aug/Vacation/b, c",
            "Birthdays", "Jane/e, John/d, e0",
            "Skiing 2023", "f")),
        example("--ignore Vacation", b -> b.ignore("Vacation"), albums(
            "2020", "02 Feb/c2, c", "Birthdays", "Jane/e, John/d, e0", "Skiing 2023", "f")),
        example("-a 2", b -> b.albumLevels("2"), albums(
            "2020", "c", "2020 02 Feb", "02 Feb/Vacation/a, 02 Feb/c2", "2020 08 Aug", "08 Aug/Vacation/b",
            "Birthdays", "e0", "Birthdays Jane", "Jane/e", "Birthdays John", "John/d", "Skiing 2023", "f")),
        example("-a 3 -s ' - '", b -> b.albumLevels("3").albumSeparator(" - "), albums(
            "2020", "c", "2020 - 02 Feb", "02 Feb/c2", "2020 - 02 Feb - Vacation", "02 Feb/Vacation/a",
            "2020 - 08 Aug - Vacation", "08 Aug/Vacation/b", "Birthdays", "e0", "Birthdays - Jane", "Jane/e",
            "Birthdays - John", "John/d", "Skiing 2023", "f")),
        example("-a -1", b -> b.albumLevels("-1"), albums(
            "02 Feb", "02 Feb/c2", "2020", "c", "Birthdays", "e0", "Jane", "Jane/e", "John", "John/d",
            "Skiing 2023", "f", "Vacation", "02 Feb/Vacation/a, 08 Aug/Vacation/b")),
        example("--album-levels=2,3", b -> b.albumLevels("2,3"), albums(
            "02 Feb", "02 Feb/c2", "02 Feb Vacation", "02 Feb/Vacation/a", "08 Aug Vacation", "08 Aug/Vacation/b",
            "Jane", "Jane/e", "John", "John/d")),
        example("--album-levels=2,2", b -> b.albumLevels("2,2"), albums(
            "02 Feb", "02 Feb/Vacation/a, 02 Feb/c2", "08 Aug", "08 Aug/Vacation/b", "Jane", "Jane/e",
            "John", "John/d")),
        example("--album-levels=1,5 equals -a 5", b -> b.albumLevels("1,5"), albums(
            "2020", "c", "2020 02 Feb", "02 Feb/c2", "2020 02 Feb Vacation", "02 Feb/Vacation/a",
            "2020 08 Aug Vacation", "08 Aug/Vacation/b", "Birthdays", "e0", "Birthdays Jane", "Jane/e",
            "Birthdays John", "John/d", "Skiing 2023", "f")),
        example("-a 5", b -> b.albumLevels("5"), albums(
            "2020", "c", "2020 02 Feb", "02 Feb/c2", "2020 02 Feb Vacation", "02 Feb/Vacation/a",
            "2020 08 Aug Vacation", "08 Aug/Vacation/b", "Birthdays", "e0", "Birthdays Jane", "Jane/e",
            "Birthdays John", "John/d", "Skiing 2023", "f")),
        example("-a -2,-1 equals -a -2", b -> b.albumLevels("-2,-1"), albums(
            "02 Feb Vacation", "02 Feb/Vacation/a", "08 Aug Vacation", "08 Aug/Vacation/b", "2020", "c",
            "2020 02 Feb", "02 Feb/c2", "Birthdays", "e0", "Birthdays Jane", "Jane/e", "Birthdays John", "John/d",
            "Skiing 2023", "f")),
        // Negative ranges clamp to the path's first folder instead of skipping shallow paths (Python tool).
        example("-a -3,-2", b -> b.albumLevels("-3,-2"), albums(
            "2020 02 Feb", "02 Feb/Vacation/a", "2020 08 Aug", "08 Aug/Vacation/b", "2020", "02 Feb/c2, c",
            "Birthdays", "Jane/e, John/d, e0", "Skiing 2023", "f")),
        example("--album-levels=-2,-2", b -> b.albumLevels("-2,-2"), albums(
            "02 Feb", "02 Feb/Vacation/a", "08 Aug", "08 Aug/Vacation/b", "2020", "02 Feb/c2, c",
            "Birthdays", "Jane/e, John/d, e0", "Skiing 2023", "f")),
        example("-f 'Birthdays/**'", b -> b.pathFilter("Birthdays/**"), albums(
            "Birthdays", "Jane/e, John/d, e0")),
        example("-a 2 -f '202?/**'", b -> b.albumLevels("2").pathFilter("202?/**"), albums(
            "2020", "c", "2020 02 Feb", "02 Feb/Vacation/a, 02 Feb/c2", "2020 08 Aug", "08 Aug/Vacation/b")),
        example("-a 2 -f '202?/*/*'", b -> b.albumLevels("2").pathFilter("202?/*/*"), albums(
            "2020 02 Feb", "02 Feb/c2")),
        example("-a -1 -f '**/Vacation/*'", b -> b.albumLevels("-1").pathFilter("**/Vacation/*"), albums(
            "Vacation", "02 Feb/Vacation/a, 08 Aug/Vacation/b")),
        example("-f Feb (a literal)", b -> b.pathFilter("Feb"), albums(
            "2020", "02 Feb/Vacation/a, 02 Feb/c2")),
        example("-f 'Birthdays/**' --ignore John", b -> b.pathFilter("Birthdays/**").ignore("John"), albums(
            "Birthdays", "Jane/e, e0")),
        example("--path-filter-regex", b -> b.pathFilterRegex("Birthdays/J.*"), albums(
            "Birthdays", "Jane/e, John/d")),
        example("--ignore-regex", b -> b.ignoreRegex(".*/[a-c]2?\\.jpg"), albums(
            "Birthdays", "Jane/e, John/d, e0", "Skiing 2023", "f")),
        example("two filters: any may match", b -> b.pathFilter("Skiing*/**").pathFilter("**/e0.jpg"), albums(
            "Birthdays", "e0", "Skiing 2023", "f")),
        example("[...] and [!...] classes", b -> b.pathFilter("Birthdays/J[a]*/*").ignore("[!B]*/**"), albums(
            "Birthdays", "Jane/e")),
        example("root Birthdays", b -> replaceRoot(b, ROOT + "/Birthdays"), albums(
            "Jane", "Jane/e", "John", "John/d")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void albumsAndMembers(String title, UnaryOperator<AlbumOptions.Builder> options, Map<String, List<String>> want) {
    AlbumOptions opts = options.apply(AlbumOptions.builder().rootPath(ROOT)).build();
    List<Asset> assets = new java.util.ArrayList<>(TREE.stream().map(p -> Asset.ofPath(ROOT + "/" + p)).toList());
    assets.add(Asset.ofPath("/other/h.jpg"));
    AlbumPlan plan = AlbumPlanner.of(opts).plan(assets);

    Map<String, List<String>> got = new LinkedHashMap<>();
    for (PlannedAlbum album : plan.albums()) {
      got.put(album.name(), album.assets().stream().map(a -> relative(a.originalPath())).toList());
    }
    assertThat(got).isEqualTo(want);
    assertThat(plan.skipped()).anySatisfy(s -> {
      assertThat(s.path()).isEqualTo("/other/h.jpg");
      assertThat(s.reason()).isEqualTo(SkipReason.OUTSIDE_ROOTS);
    });
    assertThat(plan.skipped()).anySatisfy(s -> assertThat(s.reason()).isEqualTo(SkipReason.ROOT_LEVEL));
    assertThat(plan.assetsInAlbums() + plan.skipped().size()).isEqualTo(assets.size());
  }

  private static AlbumOptions.Builder replaceRoot(AlbumOptions.Builder b, String root) {
    return AlbumOptions.builder().rootPath(root);
  }

  private static Arguments example(String title, UnaryOperator<AlbumOptions.Builder> options,
      Map<String, List<String>> albums) {
    return Arguments.of(title, options, albums);
  }

  /** Pairs of album name and comma-separated members (without .jpg, relative to the first folder level). */
  private static Map<String, List<String>> albums(String... pairs) {
    Map<String, List<String>> m = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String album = pairs[i];
      m.put(album, Arrays.stream(pairs[i + 1].split(",\\s*")).map(String::trim).toList());
    }
    return m;
  }

  /** A member as the reference shows it: below the root, without ".jpg" and without its top folder. */
  private static String relative(String path) {
    String rel = path.substring(ROOT.length() + 1).replace(".jpg", "");
    for (String top : List.of("2020/", "Birthdays/", "Skiing 2023/")) {
      if (rel.startsWith(top)) {
        return rel.substring(top.length());
      }
    }
    return rel;
  }
}
