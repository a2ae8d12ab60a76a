package dev.folderalbums.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.options.OptionException;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerRulesTest {

  private static Map<String, List<String>> albums(AlbumOptions options, String... paths) {
    AlbumPlan plan = AlbumPlanner.of(options).plan(java.util.Arrays.stream(paths).map(Asset::ofPath).toList());
    return plan.albums().stream().collect(Collectors.toMap(PlannedAlbum::name,
        a -> a.assets().stream().map(Asset::originalPath).toList(), (x, y) -> x, java.util.TreeMap::new));
  }

  @Test
  void regexRenamesFromTheReference() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/external_libs/photos").albumLevels("2")
        .albumSeparator("").nameRewrite("[\\d]+_|\\d+\\s\\w{3}", null).nameRewrite("_", " ").build();
    assertThat(albums(options, "/external_libs/photos/2020/02 Feb My Birthday/a.jpg",
        "/external_libs/photos/2020/0408_Cycling_Holidays_in_the_Alps/b.jpg"))
        .containsOnlyKeys("My Birthday", "Cycling Holidays in the Alps");
  }

  @Test
  void pythonGroupReferencesInReplacements() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/external_libs/photos")
        .nameRewrite("(\\d{4})-(\\d{2}) (.*)", "\\3 (\\2/\\1)").build();
    assertThat(albums(options, "/external_libs/photos/2020-05 Trip/a.jpg")).containsOnlyKeys("Trip (05/2020)");

    AlbumOptions named = AlbumOptions.builder().rootPath("/p")
        .nameRewrite("(?P<year>\\d{4})_(?P<the_rest>.+)", "\\g<the_rest> \\g<year> $5").build();
    assertThat(albums(named, "/p/2021_Rome/a.jpg")).containsOnlyKeys("Rome 2021 $5");
  }

  @Test
  void anEmptyNameAfterRewritesSkipsWithAWarning() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/p").nameRewrite(".*", "").build();
    AlbumPlan plan = AlbumPlanner.of(options).plan(List.of(Asset.ofPath("/p/Trash/a.jpg")));
    assertThat(plan.albums()).isEmpty();
    assertThat(plan.skipped()).extracting(SkippedAsset::reason).containsExactly(SkipReason.EMPTY_NAME);
    assertThat(plan.warnings()).singleElement().asString().contains("/p/Trash").contains("empty");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/ext/photos/../../etc/x/passwd.jpg", "/ext/photos/./dot/x.jpg", "/ext/photos/a/../b/x.jpg",
      "/ext/photos/a/./x.jpg", "/ext/photos/../x.jpg"})
  void pathsWithDotSegmentsAreSkippedAsUnsafe(String path) {
    AlbumOptions options = AlbumOptions.builder().rootPath("/ext/photos").albumLevels("-1").build();
    AlbumPlan plan = AlbumPlanner.of(options).plan(List.of(Asset.ofPath(path), Asset.ofPath("/ext/photos/ok/y.jpg"),
        Asset.ofPath("/ext/photos/.hidden/z.jpg")));
    assertThat(plan.albums()).extracting(PlannedAlbum::name).containsExactly(".hidden", "ok");
    assertThat(plan.skipped()).singleElement().satisfies(s -> {
      assertThat(s.path()).isEqualTo(path);
      assertThat(s.reason().code()).isEqualTo("unsafe-path");
    });
  }

  @Test
  void controlCharactersNeverReachAnAlbumName() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/p").build();
    AlbumPlan plan = AlbumPlanner.of(options).plan(List.of(Asset.ofPath("/p/a\u001B[31mred\u0000x/1.jpg"),
        Asset.ofPath("/p/line\nbreak/2.jpg"), Asset.ofPath("/p/\u202Egnp.exe/3.jpg"), Asset.ofPath("/p/plain/4.jpg")));
    assertThat(plan.albums()).extracting(PlannedAlbum::name)
        .containsExactly("_gnp.exe", "a_[31mred_x", "line_break", "plain");
    assertThat(plan.warnings()).hasSize(3).allSatisfy(w -> {
      assertThat(w).contains("control characters");
      assertThat(w.chars().noneMatch(c -> Printable.isUnsafe((char) c))).as(w).isTrue();
    });
    assertThat(plan.warnings()).anyMatch(w -> w.contains("/p/a\\u001B[31mred\\u0000x"));
  }

  @Test
  void theDateStrategyNamesAlbumsByTheFileDateInUtcWithRewritesAndFilters() {
    java.time.Instant d = java.time.Instant.parse("2021-03-31T23:30:00Z");
    List<Asset> assets = List.of(
        new Asset("1", "/p/Trip/a.jpg", d, Visibility.TIMELINE, false, null),
        new Asset("2", "/p/Home/b.jpg", d.plusSeconds(3600), Visibility.TIMELINE, false, null),
        new Asset("3", "/p/Home/c.jpg", d.plusSeconds(86400 * 40), Visibility.TIMELINE, false, null),
        new Asset("4", "/p/Home/undated.jpg", null, Visibility.TIMELINE, false, null),
        new Asset("5", "/p/skip/d.jpg", d, Visibility.TIMELINE, false, null));
    AlbumOptions options = AlbumOptions.builder().rootPath("/p").namingStrategy("date").ignore("skip")
        .nameRewrite("^2021-", "2021 / ").build();
    AlbumPlan plan = AlbumPlanner.of(options).plan(assets);
    assertThat(plan.albums()).extracting(PlannedAlbum::name).containsExactly("2021 / 03", "2021 / 04", "2021 / 05");
    assertThat(plan.album("2021 / 03").orElseThrow().assetIds()).containsExactly("1");
    assertThat(plan.album("2021 / 04").orElseThrow().assetIds()).containsExactly("2");
    assertThat(plan.skipped()).extracting(s -> s.id() + ":" + s.reason().code())
        .containsExactlyInAnyOrder("4:no-name", "5:ignored");
    AlbumPlan yearly = AlbumPlanner.of(AlbumOptions.builder().rootPath("/p").namingStrategy("date")
        .dateFormat("yyyy").build()).plan(assets);
    assertThat(yearly.albums()).extracting(PlannedAlbum::name).containsExactly("2021");
  }

  @Test
  void aBlankNameFromAStrategyIsItsOwnFaultNotTheRewrites() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/p").build();
    AlbumPlan plan = AlbumPlanner.of(options, dev.folderalbums.core.props.AlbumPropsReader.NONE,
        location -> java.util.Optional.of("  ")).plan(List.of(Asset.ofPath("/p/A/a.jpg")));
    assertThat(plan.albums()).isEmpty();
    assertThat(plan.skipped()).extracting(SkippedAsset::reason).containsExactly(SkipReason.EMPTY_NAME);
    assertThat(plan.warnings()).singleElement().asString().contains("/p/A is blank: the naming strategy")
        .doesNotContain("rewrites");
  }

  @Test
  void severalRootsFromTheReference() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/lib1").rootPath("/lib2").build();
    assertThat(albums(options, "/lib1/A/x.jpg", "/lib2/B/C/y.jpg", "/lib3/Z/z.jpg"))
        .containsOnlyKeys("A", "B");
    assertThat(albums(options, "/lib1/Trip/x.jpg", "/lib2/Trip/y.jpg"))
        .containsExactly(Map.entry("Trip", List.of("/lib1/Trip/x.jpg", "/lib2/Trip/y.jpg")));
  }

  @Test
  void rootsMatchOnSegmentBoundariesNotAsSubstrings() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/lib").build();
    AlbumPlan plan = AlbumPlanner.of(options).plan(List.of(Asset.ofPath("/library/X/a.jpg"),
        Asset.ofPath("/data/lib/Y/b.jpg"), Asset.ofPath("/lib/Z/lib/c.jpg")));
    assertThat(plan.albums()).extracting(PlannedAlbum::name).containsExactly("Z");
    assertThat(plan.skipped()).extracting(SkippedAsset::reason)
        .containsExactly(SkipReason.OUTSIDE_ROOTS, SkipReason.OUTSIDE_ROOTS);
  }

  @Test
  void nestedRootsUseTheInnermost() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").rootPath("/photos/Family").build();
    assertThat(albums(options, "/photos/Family/Kids/a.jpg", "/photos/Trips/b.jpg", "/photos/Family/c.jpg"))
        .containsOnlyKeys("Kids", "Trips");
  }

  @Test
  void theFileSystemRootAsRootWorks() {
    assertThat(albums(AlbumOptions.builder().rootPath("/").build(), "/photos/a.jpg", "/b.jpg"))
        .containsOnlyKeys("photos");
  }

  @Test
  void unusualAndNonAsciiPathsSimplyWork() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/fotos").albumLevels("2").build();
    assertThat(albums(options, "/fotos/Ünïcödé 日本/[draft] $1 (copy)/a.jpg", "/fotos/a b//c d/e.jpg"))
        .containsOnlyKeys("Ünïcödé 日本 [draft] $1 (copy)", "a b c d");
    AlbumOptions filtered = AlbumOptions.builder().rootPath("/fotos").pathFilter("*日本/**").build();
    assertThat(albums(filtered, "/fotos/Ünïcödé 日本/x/a.jpg", "/fotos/other/b.jpg")).containsOnlyKeys("Ünïcödé 日本");
  }

  @Test
  void livePhotoVideosFollowTheirStillImage() {
    Asset still = new Asset("still", "/p/A/IMG_1.HEIC", null, Visibility.TIMELINE, false, "video");
    Asset video = new Asset("video", "/p/A/IMG_1.MOV", null, Visibility.HIDDEN, false, null);
    Asset lonelyVideo = new Asset("v2", "/p/A/IMG_2.MOV", null, Visibility.TIMELINE, false, null);
    AlbumPlan plan = AlbumPlanner.of(AlbumOptions.builder().rootPath("/p").build())
        .plan(List.of(video, still, lonelyVideo));
    assertThat(plan.album("A").orElseThrow().assetIds()).containsExactly("still", "v2");
    assertThat(plan.skipped()).containsExactly(new SkippedAsset("video", "/p/A/IMG_1.MOV",
        SkipReason.LIVE_PHOTO_VIDEO));
  }

  @Test
  void thumbnailsFirstAndLastFollowTheFileDates() {
    Asset early = new Asset("1", "/p/A/z.jpg", Instant.parse("2020-01-01T00:00:00Z"), null, false, null);
    Asset late = new Asset("2", "/p/A/a.jpg", Instant.parse("2021-01-01T00:00:00Z"), null, false, null);
    Asset undated = new Asset("3", "/p/A/m.jpg", null, null, false, null);
    List<Asset> assets = List.of(late, undated, early);
    assertThat(AlbumPlanner.of(AlbumOptions.builder().rootPath("/p").albumThumbnail("first").build()).plan(assets)
        .album("A").orElseThrow().thumbnailAssetId()).isEqualTo("1");
    assertThat(AlbumPlanner.of(AlbumOptions.builder().rootPath("/p").albumThumbnail("last").build()).plan(assets)
        .album("A").orElseThrow().thumbnailAssetId()).isEqualTo("2");
    assertThat(AlbumPlanner.of(AlbumOptions.builder().rootPath("/p").albumThumbnail("random").build()).plan(assets)
        .album("A").orElseThrow().thumbnailAssetId()).isNull();
  }

  @Test
  void optionsBecomeAlbumProperties() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/p")
        .shareWith(AlbumShare.parse("mom", ShareRole.VIEWER)).shareWith(AlbumShare.parse("dad=editor", ShareRole.VIEWER))
        .albumOrder(SortOrder.ASC).commentsAndLikesEnabled(false).visibility(Visibility.ARCHIVE).build();
    PlannedAlbum album = AlbumPlanner.of(options).plan(List.of(Asset.ofPath("/p/A/a.jpg"))).albums().get(0);
    assertThat(album.properties().shareWith()).containsExactly(new AlbumShare("mom", ShareRole.VIEWER),
        new AlbumShare("dad", ShareRole.EDITOR));
    assertThat(album.properties().sortOrder()).isEqualTo(SortOrder.ASC);
    assertThat(album.properties().commentsAndLikesEnabled()).isFalse();
    assertThat(album.properties().visibility()).isEqualTo(Visibility.ARCHIVE);
  }

  @ParameterizedTest(name = "--album-levels {0}")
  @CsvSource(delimiter = '|', value = {
      "0      | '0' is not allowed",
      "-1,2   | must not mix positive and negative",
      "3,2    | must not be greater than its end",
      "-1,-3  | must not be greater than its end",
      "abc    | is not a number",
      "1,     | is not a number",
      "0,2    | 0 is not an album level",
  })
  void badAlbumLevelsNameTheOptionAndWhatIsAllowed(String value, String message) {
    assertThatThrownBy(() -> AlbumOptions.builder().albumLevels(value))
        .isInstanceOf(OptionException.class)
        .hasMessageStartingWith("--album-levels: ")
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "--path-filter           | 'a/[bc'        | '[' without a closing ']'",
      "--ignore                | '[]x'          | ']'",
      "--path-filter-regex     | '(unclosed'    | invalid regular expression",
      "--ignore-regex          | '*x'           | invalid regular expression",
      "--album-name-post-regex | '(?P<y>\\d+'   | invalid regular expression",
  })
  void badPatternsNameTheOption(String option, String value, String message) {
    AlbumOptions.Builder b = AlbumOptions.builder();
    assertThatThrownBy(() -> {
      switch (option) {
        case "--path-filter" -> b.pathFilter(value);
        case "--ignore" -> b.ignore(value);
        case "--path-filter-regex" -> b.pathFilterRegex(value);
        case "--ignore-regex" -> b.ignoreRegex(value);
        default -> b.nameRewrite(value, null);
      }
    }).isInstanceOf(OptionException.class).hasMessageStartingWith(option + ": ").hasMessageContaining(message);
  }

  @Test
  void aReplacementReferringToAMissingGroupIsRefused() {
    assertThatThrownBy(() -> AlbumOptions.builder().nameRewrite("(a)", "\\2"))
        .hasMessageStartingWith("--album-name-post-regex: ").hasMessageContaining("no group 2");
  }

  @Test
  void noRootIsAnError() {
    assertThatThrownBy(() -> AlbumOptions.builder().build()).hasMessageStartingWith("--root-path: ");
  }

  @Test
  void anUnknownNamingStrategyListsTheKnownOnes() {
    AlbumOptions options = AlbumOptions.builder().rootPath("/p").namingStrategy("by-date").build();
    assertThatThrownBy(() -> AlbumPlanner.of(options)).hasMessageContaining("folder-levels");
  }
}
