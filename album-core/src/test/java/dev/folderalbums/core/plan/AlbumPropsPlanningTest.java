package dev.folderalbums.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folderalbums.core.model.Asset;
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

  @Test
  void theReferenceInheritanceExample() {
    files.put("/photos", "inherit: true\ndescription: Family photos\nshare_with:\n  - user: dad\n    role: editor\n");
    files.put("/photos/2023", "inherit: true\nshare_with:\n  - user: mom\n    role: viewer\n");
    PlannedAlbum album = planOne("-1", "/photos/2023/vacation/a.jpg");
    assertThat(album.name()).isEqualTo("vacation");
    assertThat(album.properties().description()).isEqualTo("Family photos");
    assertThat(album.properties().shareWith()).containsExactly(new AlbumShare("dad", ShareRole.EDITOR),
        new AlbumShare("mom", ShareRole.VIEWER));
  }

  @Test
  void inheritFalseTakesNothingFromAbove() {
    files.put("/photos", "inherit: true\ndescription: Family photos\nshare_with: [{user: dad, role: editor}]\n");
    files.put("/photos/2023", "inherit: false\nsort_order: asc\n");
    PlannedAlbum album = planOne("-1", "/photos/2023/vacation/a.jpg");
    assertThat(album.properties().description()).isNull();
    assertThat(album.properties().shareWith()).isEmpty();
    PlannedAlbum own = planOne("-1", "/photos/2023/a.jpg");
    assertThat(own.properties().sortOrder()).isEqualTo(SortOrder.ASC);
    assertThat(own.properties().description()).isNull();
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
  void inheritPropertiesPassesOnlyTheListedKeys() {
    files.put("/photos", "inherit: true\ninherit_properties: [description]\ndescription: d\nsort_order: desc\n"
        + "comments_and_likes_enabled: false\n");
    PlannedAlbum below = planOne("-1", "/photos/a/b/x.jpg");
    assertThat(below.properties().description()).isEqualTo("d");
    assertThat(below.properties().sortOrder()).isNull();
    assertThat(below.properties().commentsAndLikesEnabled()).isNull();
  }

  @Test
  void withoutInheritAFileAppliesToItsOwnFolderOnly() {
    files.put("/photos/a", "description: only here\ncomments_and_likes_enabled: false\n");
    assertThat(planOne("-1", "/photos/a/x.jpg").properties().commentsAndLikesEnabled()).isFalse();
    assertThat(planOne("-1", "/photos/a/b/x.jpg").properties().description()).isNull();
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
      "'description: a\\nunknown_key: 1'                  | /photos/A/.albumprops:2: unknown key 'unknown_key'",
      "'description: [unclosed'                            | /photos/A/.albumprops:1: invalid YAML",
      "'sort_order: sideways'                              | /photos/A/.albumprops:1: sort_order: 'sideways' is not",
      "'share_with:\\n  - user: mom\\n    role: owner'     | /photos/A/.albumprops:3: share_with: 'owner' is not a role",
      "'visibility: public'                                | visibility: 'public' is not a visibility",
      "'inherit: maybe'                                    | inherit: 'maybe' is not true or false",
      "'inherit_properties: [override_name]'               | 'override_name' cannot be inherited",
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
