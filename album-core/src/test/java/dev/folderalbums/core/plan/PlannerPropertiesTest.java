package dev.folderalbums.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.options.AlbumOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants over random trees and options. */
class PlannerPropertiesTest {

  @Provide
  Arbitrary<List<String>> paths() {
    Arbitrary<String> segment = Arbitraries.of("2020", "2021", "Feb", "Trip", "a b", "x_y", "Ü", "[1]");
    Arbitrary<String> path = Combinators.combine(
        Arbitraries.of("/lib", "/lib2", "/other", "/lib/nested"),
        segment.list().ofMinSize(0).ofMaxSize(5),
        Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3))
        .as((root, folders, file) -> root + "/" + String.join("/", folders) + (folders.isEmpty() ? "" : "/")
            + file + ".jpg");
    return path.list().ofMinSize(0).ofMaxSize(60).uniqueElements();
  }

  @Provide
  Arbitrary<AlbumOptions> options() {
    return Combinators.combine(
        Arbitraries.of("1", "2", "-1", "-2", "2,3", "-3,-2", "1,5"),
        Arbitraries.of(" ", "", " - "),
        Arbitraries.of("", "Feb", "20*/**", "**/Trip/*"),
        Arbitraries.of("", "x_y", "**/[1]/**"),
        Arbitraries.of(true, false))
        .as((levels, sep, filter, ignore, nested) -> {
          AlbumOptions.Builder b = AlbumOptions.builder().rootPath("/lib").rootPath("/lib2")
              .albumLevels(levels).albumSeparator(sep);
          if (nested) {
            b.rootPath("/lib/nested");
          }
          if (!filter.isEmpty()) {
            b.pathFilter(filter);
          }
          if (!ignore.isEmpty()) {
            b.ignore(ignore);
          }
          return b.build();
        });
  }

  @Property(tries = 300)
  void thePlanDoesNotDependOnInputOrder(@ForAll("paths") List<String> paths, @ForAll("options") AlbumOptions options,
      @ForAll long seed) {
    List<Asset> assets = new ArrayList<>(paths.stream().map(Asset::ofPath).toList());
    AlbumPlan first = AlbumPlanner.of(options).plan(assets);
    Collections.shuffle(assets, new Random(seed));
    assertThat(AlbumPlanner.of(options).plan(assets)).isEqualTo(first);
  }

  @Property(tries = 300)
  void everyAssetIsInExactlyOneAlbumOrSkipped(@ForAll("paths") List<String> paths,
      @ForAll("options") AlbumOptions options) {
    AlbumPlan plan = AlbumPlanner.of(options).plan(paths.stream().map(Asset::ofPath).toList());
    Set<String> seen = new HashSet<>();
    plan.albums().forEach(a -> a.assets().forEach(x -> assertThat(seen.add(x.id())).isTrue()));
    plan.skipped().forEach(s -> assertThat(seen.add(s.id())).isTrue());
    assertThat(seen).containsExactlyInAnyOrderElementsOf(paths);
    plan.albums().forEach(a -> {
      assertThat(a.name()).isNotBlank().isEqualTo(a.name().strip());
      assertThat(a.assets()).isNotEmpty();
    });
  }
}
