package dev.folderalbums.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.props.AlbumPropsException;
import dev.folderalbums.core.props.AlbumPropsReader;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlbumPropsPlanningTest {
  private final Map<String, String> files = new HashMap<>();
  private final AlbumPropsReader reader = folder -> Optional.ofNullable(files.get(folder));

  private PlannedAlbum planOne(String levels, String path) {
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").albumLevels(levels)
        .readAlbumProperties(true).build();
    AlbumPlan plan = AlbumPlanner.of(options, reader).plan(List.of(Asset.ofPath(path)));
    assertThat(plan.albums()).hasSize(1);
    return plan.albums().get(0);
  }

  private AlbumPlan plan(String levels, String... paths) {
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").albumLevels(levels)
        .readAlbumProperties(true).build();
    return AlbumPlanner.of(options, reader).plan(java.util.Arrays.stream(paths).map(Asset::ofPath).toList());
  }

  // The five "Inheritance Examples" of the Python tool's README, file for file.

  @Test
  void readmeExample1BasicInheritance() {
    files.put("/photos", "inherit: true\ndescription: \"Family photos\"\nshare_with:\n  - user: \"dad\"\n"
        + "    role: \"editor\"\n");
    files.put("/photos/2023", "inherit: true\nshare_with:\n  - user: \"mom\"\n    role: \"viewer\"\n");
    PlannedAlbum album = planOne("-1", "/photos/2023/vacation/a.jpg");
    assertThat(album.name()).isEqualTo("vacation");
    assertThat(album.properties().description()).isEqualTo("Family photos");
    assertThat(album.properties().shareWith()).containsExactlyInAnyOrder(new AlbumShare("dad", ShareRole.EDITOR),
        new AlbumShare("mom", ShareRole.VIEWER));
  }

  @Test
  void readmeExample2PropertyOverrideAndUserManagement() {
    files.put("/photos", "inherit: true\ndescription: \"Family photos\"\nvisibility: \"timeline\"\nshare_with:\n"
        + "  - user: \"dad\"\n    role: \"editor\"\n  - user: \"mom\" \n    role: \"viewer\"\n");
    files.put("/photos/private", "inherit: true\ninherit_properties: [\"description\"]  # Only inherit description\n"
        + "visibility: \"archive\"  # Override visibility\nshare_with:\n  - user: \"mom\"\n    role: \"none\"\n"
        + "  - user: \"admin\"\n    role: \"editor\"  # Add admin\n");
    PlannedAlbum album = planOne("-1", "/photos/private/secrets/a.jpg");
    assertThat(album.properties().description()).isEqualTo("Family photos");
    assertThat(album.properties().visibility()).isEqualTo(Visibility.ARCHIVE);
    assertThat(album.properties().shareWith()).containsExactlyInAnyOrder(new AlbumShare("dad", ShareRole.EDITOR),
        new AlbumShare("admin", ShareRole.EDITOR));
  }

  @Test
  void readmeExample3StoppingInheritance() {
    files.put("/photos", "inherit: true\ndescription: \"Family photos\"\nshare_with:\n  - user: \"family\"\n"
        + "    role: \"viewer\"\n");
    files.put("/photos/work", "inherit: false  # Stop inheritance\ndescription: \"Work photos\"\nshare_with:\n"
        + "  - user: \"colleague\"\n    role: \"editor\"\n");
    PlannedAlbum album = planOne("-1", "/photos/work/project/a.jpg");
    assertThat(album.properties().description()).isEqualTo("Work photos");
    assertThat(album.properties().shareWith()).containsExactly(new AlbumShare("colleague", ShareRole.EDITOR));
  }

  @Test
  void readmeExample4AlbumMergingWithOverrideName() {
    files.put("/photos/2023/Christmas", "override_name: \"Family Photos\"\ndescription: \"Family photos\"\n"
        + "inherit: true\nshare_with:\n  - user: \"dad\"\n    role: \"editor\"\n");
    files.put("/photos/2023/Christmas/Cookies", "inherit: true\nshare_with:\n  - user: \"mom\"\n"
        + "    role: \"viewer\"\n");
    files.put("/photos/2023/Vacation", "override_name: \"Family Photos\"\ndescription: \"Family photos\"\n"
        + "share_with:\n  - user: \"dad\"\n    role: \"viewer\"  # More restrictive than editor\n");
    AlbumPlan plan = plan("-1", "/photos/2023/Christmas/a.jpg", "/photos/2023/Christmas/Cookies/b.jpg",
        "/photos/2023/Vacation/c.jpg");
    assertThat(plan.albums()).extracting(PlannedAlbum::name).containsExactly("Family Photos");
    PlannedAlbum album = plan.albums().get(0);
    assertThat(album.assets()).hasSize(3);
    assertThat(album.properties().description()).isEqualTo("Family photos");
    assertThat(album.properties().shareWith()).containsExactlyInAnyOrder(new AlbumShare("dad", ShareRole.VIEWER),
        new AlbumShare("mom", ShareRole.VIEWER));
  }

  @Test
  void readmeExample5UserRemovalWithRoleNone() {
    files.put("/photos/family", "override_name: \"Shared Album\"\nshare_with:\n  - user: \"dad\"\n"
        + "    role: \"editor\"\n  - user: \"mom\"\n    role: \"viewer\"\n  - user: \"child\"\n    role: \"viewer\"\n");
    files.put("/photos/family/private", "override_name: \"Shared Album\"  # Same album name\nshare_with:\n"
        + "  - user: \"child\"\n    role: \"none\"  # Remove child from sharing\n  - user: \"grandpa\"\n"
        + "    role: \"editor\"\n");
    files.put("/photos/family/work", "override_name: \"Shared Album\"  # Same album name\nshare_with:\n"
        + "  - user: \"child\"\n    role: \"viewer\"  # This will be ignored\n  - user: \"colleague\"\n"
        + "    role: \"viewer\"\n");
    AlbumPlan plan = plan("-1", "/photos/family/a.jpg", "/photos/family/private/b.jpg", "/photos/family/work/c.jpg");
    assertThat(plan.albums()).extracting(PlannedAlbum::name).containsExactly("Shared Album");
    assertThat(plan.albums().get(0).assets()).hasSize(3);
    assertThat(plan.albums().get(0).properties().shareWith()).containsExactlyInAnyOrder(
        new AlbumShare("dad", ShareRole.EDITOR), new AlbumShare("mom", ShareRole.VIEWER),
        new AlbumShare("grandpa", ShareRole.EDITOR), new AlbumShare("colleague", ShareRole.VIEWER));
  }

  // Each rule on its own.

  @Test
  void aFolderWithoutAFileTakesEverythingFromTheNearestFileAboveWhateverItsInherit() {
    files.put("/photos/a", "description: only a file\ncomments_and_likes_enabled: false\n");
    PlannedAlbum below = planOne("-1", "/photos/a/b/c/x.jpg");
    assertThat(below.properties().description()).isEqualTo("only a file");
    assertThat(below.properties().commentsAndLikesEnabled()).isFalse();
  }

  @Test
  void aFileWithoutInheritStopsTheChain() {
    files.put("/photos", "inherit: true\ndescription: top\nsort_order: asc\nshare_with: [{user: dad}]\n");
    files.put("/photos/a", "comments_and_likes_enabled: false\n");
    PlannedAlbum album = planOne("-1", "/photos/a/x.jpg");
    assertThat(album.properties().commentsAndLikesEnabled()).isFalse();
    assertThat(album.properties().description()).isNull();
    assertThat(album.properties().sortOrder()).isNull();
    assertThat(album.properties().shareWith()).isEmpty();
  }

  @Test
  void inheritFalseTakesNothingFromAbove() {
    files.put("/photos", "inherit: true\ndescription: Family photos\nshare_with: [{user: dad, role: editor}]\n");
    files.put("/photos/2023", "inherit: false\nsort_order: asc\n");
    PlannedAlbum album = planOne("-1", "/photos/2023/vacation/a.jpg");
    assertThat(album.properties().description()).isNull();
    assertThat(album.properties().shareWith()).isEmpty();
    assertThat(album.properties().sortOrder()).as("the folder below takes the file's own values")
        .isEqualTo(SortOrder.ASC);
  }

  @Test
  void aChainOfThreeFilesStopsAtTheFirstWithoutInherit() {
    files.put("/photos", "description: root\nvisibility: archive\n");
    files.put("/photos/a", "sort_order: desc\ndescription: a\n");
    files.put("/photos/a/b", "inherit: true\ncomments_and_likes_enabled: true\n");
    PlannedAlbum album = planOne("-1", "/photos/a/b/x.jpg");
    assertThat(album.properties().commentsAndLikesEnabled()).isTrue();
    assertThat(album.properties().description()).as("from /photos/a, which ends the chain").isEqualTo("a");
    assertThat(album.properties().sortOrder()).isEqualTo(SortOrder.DESC);
    assertThat(album.properties().visibility()).as("/photos is beyond the chain's end").isNull();
  }

  @Test
  void deeperFoldersOverrideAndNoneRemovesAUserBelow() {
    files.put("/photos", "inherit: true\ndescription: top\nshare_with: [{user: dad, role: editor}, {user: mom}]\n");
    files.put("/photos/private", "inherit: true\ndescription: ''\nshare_with: [{user: dad, role: none},"
        + " {user: mom, role: editor}]\n");
    PlannedAlbum album = planOne("-1", "/photos/private/deeper/a.jpg");
    assertThat(album.properties().description()).as("an empty value is honoured").isEmpty();
    assertThat(album.properties().shareWith()).containsExactly(new AlbumShare("mom", ShareRole.EDITOR));
  }

  @Test
  void inheritPropertiesLimitsWhatAFileTakesButNeverTheUsers() {
    files.put("/photos", "description: d\nsort_order: desc\ncomments_and_likes_enabled: false\n"
        + "share_with: [{user: dad}]\n");
    files.put("/photos/a", "inherit: true\ninherit_properties: [description]\nvisibility: archive\n");
    PlannedAlbum below = planOne("-1", "/photos/a/b/x.jpg");
    assertThat(below.properties().description()).isEqualTo("d");
    assertThat(below.properties().sortOrder()).isNull();
    assertThat(below.properties().commentsAndLikesEnabled()).isNull();
    assertThat(below.properties().visibility()).isEqualTo(Visibility.ARCHIVE);
    assertThat(below.properties().shareWith()).containsExactly(new AlbumShare("dad", ShareRole.VIEWER));
  }

  @Test
  void overrideNameIsInheritedBySubFoldersWithAndWithoutAFile() {
    files.put("/photos/Trip", "override_name: Holidays\n");
    files.put("/photos/Trip/Day 2", "inherit: true\ndescription: second day\n");
    files.put("/photos/Trip/Day 3", "inherit: true\ninherit_properties: [description]\n");
    AlbumPlan plan = plan("-1", "/photos/Trip/a.jpg", "/photos/Trip/Day 1/b.jpg", "/photos/Trip/Day 2/c.jpg",
        "/photos/Trip/Day 3/d.jpg");
    assertThat(plan.albums()).extracting(PlannedAlbum::name).containsExactly("Day 3", "Holidays");
    assertThat(plan.album("Holidays").orElseThrow().assets()).hasSize(3);
  }

  @Test
  void mergedAlbumsKeepAUserRemovedByAnyFolderOut() {
    files.put("/photos/x", "override_name: Both\nshare_with: [{user: mom, role: none}]\n");
    files.put("/photos/y", "override_name: Both\nshare_with: [{user: mom, role: editor}, {user: dad}]\n");
    AlbumPlan plan = plan("-1", "/photos/y/b.jpg", "/photos/x/a.jpg");
    assertThat(plan.album("Both").orElseThrow().properties().shareWith())
        .containsExactly(new AlbumShare("dad", ShareRole.VIEWER));
  }

  @Test
  void filesBeatOptionsTheReadmesPropertyPrecedenceExample() {
    files.put("/photos/Family", "share_with:\n  - user: Dad\n    role: editor\n");
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").readAlbumProperties(true)
        .shareWith(AlbumShare.parse("Mom", ShareRole.VIEWER)).visibility(Visibility.ARCHIVE).build();
    AlbumPlan plan = AlbumPlanner.of(options, reader)
        .plan(List.of(Asset.ofPath("/photos/Family/x.jpg"), Asset.ofPath("/photos/Other/y.jpg")));
    PlannedAlbum family = plan.album("Family").orElseThrow();
    assertThat(family.properties().shareWith()).containsExactly(new AlbumShare("Dad", ShareRole.EDITOR));
    assertThat(family.properties().visibility()).isEqualTo(Visibility.ARCHIVE);
    PlannedAlbum other = plan.album("Other").orElseThrow();
    assertThat(other.properties().shareWith()).containsExactly(new AlbumShare("Mom", ShareRole.VIEWER));
    assertThat(other.properties().visibility()).isEqualTo(Visibility.ARCHIVE);
  }

  @Test
  void anUnknownKeyIsAWarningNamingTheFileLineAndTheClosestKey() {
    files.put("/photos/A", "description: kept\nsort_oder: desc\n");
    AlbumPlan plan = plan("1", "/photos/A/x.jpg");
    assertThat(plan.album("A").orElseThrow().properties().description()).isEqualTo("kept");
    assertThat(plan.warnings()).singleElement().asString()
        .startsWith("/photos/A/.albumprops:2: unknown key 'sort_oder' (did you mean 'sort_order'?)");
  }

  @Test
  void strictAlbumPropertiesMakesAnUnknownKeyAnError() {
    files.put("/photos/A", "description: kept\nsort_oder: desc\n");
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").readAlbumProperties(true)
        .strictAlbumProperties(true).build();
    assertThatThrownBy(() -> AlbumPlanner.of(options, reader).plan(List.of(Asset.ofPath("/photos/A/x.jpg"))))
        .isInstanceOf(AlbumPropsException.class)
        .hasMessageStartingWith("/photos/A/.albumprops:2: unknown key 'sort_oder' (did you mean 'sort_order'?)");
  }

  @Test
  void overrideNameRenamesTheFoldersAlbum() {
    files.put("/photos/2020/02 Feb", "override_name: February 2020\n");
    assertThat(planOne("2", "/photos/2020/02 Feb/x.jpg").name()).isEqualTo("February 2020");
  }

  @Test
  void optionsAreDefaultsThatFilesOverride() {
    files.put("/photos/A", "sort_order: desc\n");
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").readAlbumProperties(true)
        .albumOrder(SortOrder.ASC).build();
    AlbumPlan plan = AlbumPlanner.of(options, reader)
        .plan(List.of(Asset.ofPath("/photos/A/x.jpg"), Asset.ofPath("/photos/B/y.jpg")));
    assertThat(plan.album("A").orElseThrow().properties().sortOrder()).isEqualTo(SortOrder.DESC);
    assertThat(plan.album("B").orElseThrow().properties().sortOrder()).isEqualTo(SortOrder.ASC);
  }

  @Test
  void foldersMergingIntoOneAlbumResolveConflictsDeterministically() {
    files.put("/photos/2020/Trip", "description: first\nshare_with: [{user: mom, role: editor}]\n");
    files.put("/photos/2021/Trip", "description: second\nshare_with: [{user: mom, role: viewer}]\n");
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").albumLevels("-1").readAlbumProperties(true)
        .build();
    AlbumPlan plan = AlbumPlanner.of(options, reader)
        .plan(List.of(Asset.ofPath("/photos/2021/Trip/y.jpg"), Asset.ofPath("/photos/2020/Trip/x.jpg")));
    PlannedAlbum trip = plan.album("Trip").orElseThrow();
    assertThat(trip.properties().description()).isEqualTo("first");
    assertThat(trip.properties().shareWith()).containsExactly(new AlbumShare("mom", ShareRole.VIEWER));
    assertThat(plan.warnings()).hasSize(2).anyMatch(w -> w.contains("description"))
        .anyMatch(w -> w.contains("mom") && w.contains("using viewer"));
  }

  @Test
  void thumbnailPathFromAFile() {
    files.put("/photos/A", "thumbnail_setting: /photos/A/y.jpg\n");
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").readAlbumProperties(true).build();
    AlbumPlan plan = AlbumPlanner.of(options, reader)
        .plan(List.of(Asset.ofPath("/photos/A/x.jpg"), Asset.ofPath("/photos/A/y.jpg")));
    assertThat(plan.album("A").orElseThrow().thumbnailAssetId()).isEqualTo("/photos/A/y.jpg");
  }

  @Test
  void filesAreIgnoredUnlessReadAlbumPropertiesIsOn() {
    files.put("/photos/A", "override_name: Renamed\n");
    AlbumPlan plan = AlbumPlanner.of(AlbumOptions.builder().rootPath("/photos").build(), reader)
        .plan(List.of(Asset.ofPath("/photos/A/x.jpg")));
    assertThat(plan.albums()).extracting(PlannedAlbum::name).containsExactly("A");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'description: [unclosed'                            | /photos/A/.albumprops:1: invalid YAML",
      "'sort_order: sideways'                              | /photos/A/.albumprops:1: sort_order: 'sideways' is not",
      "'share_with:\\n  - user: mom\\n    role: owner'     | /photos/A/.albumprops:3: share_with: 'owner' is not a role",
      "'visibility: public'                                | visibility: 'public' is not a visibility",
      "'inherit: maybe'                                    | inherit: 'maybe' is not true or false",
      "'inherit_properties: [inherit]'                     | 'inherit' cannot be inherited",
      "'thumbnail_setting: middle'                         | thumbnail_setting: 'middle' is not allowed",
      "'- a list'                                          | expected a mapping",
      "'description: a\\ndescription: b'                  | key 'description' appears twice",
      "'share_with:\\n  - role: editor'                    | share_with: an entry has no user",
  })
  void badFilesNameTheFileAndLine(String yaml, String message) {
    files.put("/photos/A", yaml.replace("\\n", "\n"));
    AlbumOptions options = AlbumOptions.builder().rootPath("/photos").readAlbumProperties(true).build();
    assertThatThrownBy(() -> AlbumPlanner.of(options, reader).plan(List.of(Asset.ofPath("/photos/A/x.jpg"))))
        .isInstanceOf(AlbumPropsException.class)
        .hasMessageStartingWith("/photos/A/.albumprops")
        .hasMessageContaining(message);
  }
}
