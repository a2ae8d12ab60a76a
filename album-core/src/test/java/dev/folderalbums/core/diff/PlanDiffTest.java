package dev.folderalbums.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.diff.AlbumAction.AddAssets;
import dev.folderalbums.core.diff.AlbumAction.ChangeRole;
import dev.folderalbums.core.diff.AlbumAction.CreateAlbum;
import dev.folderalbums.core.diff.AlbumAction.DeleteAlbum;
import dev.folderalbums.core.diff.AlbumAction.SetVisibility;
import dev.folderalbums.core.diff.AlbumAction.ShareAlbum;
import dev.folderalbums.core.diff.AlbumAction.UnshareAlbum;
import dev.folderalbums.core.diff.AlbumAction.UpdateAlbum;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.plan.AlbumPlan;
import dev.folderalbums.core.plan.AlbumPlanner;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
  static final String OWNER = "u-owner";
  static final List<ImmichUser> USERS = List.of(new ImmichUser(OWNER, "Me", "me@example.com"),
      new ImmichUser("u-mom", "Mom", "mom@example.com"), new ImmichUser("u-dad", "Dad", "dad@example.com"));

  private static AlbumPlan plan(AlbumOptions.Builder options, String... paths) {
    return AlbumPlanner.of(options.build()).plan(java.util.Arrays.stream(paths).map(Asset::ofPath).toList());
  }

  private static ExistingAlbum album(String id, String name, Set<String> members, Map<String, ShareRole> shared) {
    return new ExistingAlbum(id, name, OWNER, members == null ? 3 : members.size(), members, shared, "", null,
        SortOrder.DESC, true, null);
  }

  @Test
  void newAlbumsAreCreatedFilledInChunksAndShared() {
    String[] paths = IntStream.range(0, 5).mapToObj(i -> "/p/A/" + i + ".jpg").toArray(String[]::new);
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").shareWith(new AlbumShare("mom@example.com",
        ShareRole.EDITOR)).shareWith(new AlbumShare("me", ShareRole.VIEWER)).albumOrder(SortOrder.ASC), paths);
    PlanDiff.Result result = PlanDiff.create(plan, List.of(), USERS, OWNER, new PlanDiff.Options(2, 0, 0));
    AlbumRef ref = new AlbumRef(null, "A");
    assertThat(result.actions()).containsExactly(
        new CreateAlbum(ref, null, List.of("/p/A/0.jpg", "/p/A/1.jpg"),
            List.of(new ShareAlbum(ref, "u-mom", "mom@example.com", ShareRole.EDITOR))),
        new AddAssets(ref, List.of("/p/A/2.jpg", "/p/A/3.jpg")),
        new AddAssets(ref, List.of("/p/A/4.jpg")),
        new UpdateAlbum(ref, null, "/p/A/0.jpg", SortOrder.ASC, null));
    assertThat(result.unknownUsers()).isEmpty();
  }

  @Test
  void aNewAlbumsCoverIsItsNewestAssetAsWithThePythonTool() {
    java.time.Instant day = java.time.Instant.parse("2020-01-01T00:00:00Z");
    List<Asset> assets = List.of(
        new Asset("old", "/p/A/a.jpg", day, Visibility.TIMELINE, false, null),
        new Asset("newest", "/p/A/b.jpg", day.plusSeconds(60), Visibility.TIMELINE, false, null),
        new Asset("undated", "/p/A/c.jpg", null, Visibility.TIMELINE, false, null),
        new Asset("alone", "/p/B/x.jpg", day, Visibility.TIMELINE, false, null),
        new Asset("more", "/p/C/y.jpg", day, Visibility.TIMELINE, false, null));
    AlbumPlan plan = AlbumPlanner.of(AlbumOptions.builder().rootPath("/p").build()).plan(assets);
    ExistingAlbum c = album("id-c", "C", Set.of(), Map.of());
    List<AlbumAction> actions = PlanDiff.create(plan, List.of(c), USERS, OWNER, PlanDiff.Options.DEFAULT).actions();
    assertThat(actions).filteredOn(UpdateAlbum.class::isInstance)
        .as("only the new album with several assets needs its cover set; an existing album's is left alone")
        .containsExactly(new UpdateAlbum(new AlbumRef(null, "A"), null, "newest", null, null));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Mom               | u-Mom",
      "mom               | u-mom",
      "MOM@EXAMPLE.COM   | u-Mom",
      "mom2@example.com  | u-mom",
      "Dad               | u-dad",
      "dad               | u-dad",
      "DAD               | u-dad",
      "nobody            | ",
  })
  void usersAreFoundByEmailThenExactNameThenAUniqueCaseInsensitiveName(String given, String id) {
    List<ImmichUser> users = List.of(new ImmichUser("u-Mom", "Mom", "mom@example.com"),
        new ImmichUser("u-mom", "mom", "mom2@example.com"), new ImmichUser("u-dad", "Dad", "dad@example.com"));
    assertThat(PlanDiff.findUser(given, users).map(ImmichUser::id).orElse(null)).isEqualTo(id);
  }

  @Test
  void aNameThatFitsSeveralUsersEquallyIsRefusedNamingTheCandidates() {
    List<ImmichUser> users = List.of(new ImmichUser("u-Mom", "Mom", "mom@example.com"),
        new ImmichUser("u-mom", "mom", "mom2@example.com"), new ImmichUser("u-twin", "Mom", "twin@example.com"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanDiff.findUser("MOM", users))
        .hasMessage("MOM (could be mom2@example.com, mom@example.com, twin@example.com)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanDiff.findUser("Mom", users))
        .hasMessage("Mom (could be mom@example.com, twin@example.com)");
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").shareWith(new AlbumShare("MOM", ShareRole.VIEWER)),
        "/p/A/a.jpg");
    PlanDiff.Result result = PlanDiff.create(plan, List.of(), users, OWNER, PlanDiff.Options.DEFAULT);
    assertThat(result.ambiguousUsers()).containsExactly(
        "MOM (could be mom2@example.com, mom@example.com, twin@example.com)");
  }

  @Test
  void aRerunWithNothingChangedHasNoAction() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").shareWith(new AlbumShare("mom", ShareRole.VIEWER)),
        "/p/A/a.jpg", "/p/A/b.jpg");
    ExistingAlbum a = album("id-a", "A", Set.of("/p/A/a.jpg", "/p/A/b.jpg"), Map.of("u-mom", ShareRole.VIEWER));
    for (int mode = 0; mode <= 2; mode++) {
      assertThat(PlanDiff.create(plan, List.of(a), USERS, OWNER, new PlanDiff.Options(2000, mode, 0)).actions())
          .as("mode %d", mode).isEmpty();
    }
  }

  @Test
  void existingAlbumsGetOnlyMissingAssetsAndPropertiesByMode() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").albumOrder(SortOrder.ASC)
        .shareWith(new AlbumShare("dad", ShareRole.EDITOR)), "/p/A/a.jpg", "/p/A/new.jpg");
    ExistingAlbum a = album("id-a", "A", Set.of("/p/A/a.jpg"), Map.of("u-mom", ShareRole.VIEWER));
    AlbumRef ref = new AlbumRef("id-a", "A");
    AddAssets add = new AddAssets(ref, List.of("/p/A/new.jpg"));
    assertThat(PlanDiff.create(plan, List.of(a), USERS, OWNER, new PlanDiff.Options(2000, 0, 0)).actions())
        .containsExactly(add);
    assertThat(PlanDiff.create(plan, List.of(a), USERS, OWNER, new PlanDiff.Options(2000, 1, 0)).actions())
        .containsExactly(add, new UpdateAlbum(ref, null, null, SortOrder.ASC, null));
    assertThat(PlanDiff.create(plan, List.of(a), USERS, OWNER, new PlanDiff.Options(2000, 2, 0)).actions())
        .containsExactly(add, new UpdateAlbum(ref, null, null, SortOrder.ASC, null),
            new ShareAlbum(ref, "u-dad", "dad", ShareRole.EDITOR),
            new UnshareAlbum(ref, "u-mom", "mom@example.com"));
  }

  @Test
  void mode1UpdatesThePropertiesOfEveryAlbumOfTheRunEvenWithoutNewAssets() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").commentsAndLikesEnabled(false), "/p/A/a.jpg");
    ExistingAlbum a = album("id-a", "A", Set.of("/p/A/a.jpg"), Map.of());
    assertThat(PlanDiff.create(plan, List.of(a), USERS, OWNER, new PlanDiff.Options(2000, 1, 0)).actions())
        .containsExactly(new UpdateAlbum(new AlbumRef("id-a", "A"), null, null, null, false));
    assertThat(PlanDiff.create(plan, List.of(a), USERS, OWNER, new PlanDiff.Options(2000, 0, 0)).actions())
        .isEmpty();
  }

  @Test
  void roleChangesInMode2() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").shareWith(new AlbumShare("mom", ShareRole.EDITOR)),
        "/p/A/a.jpg");
    ExistingAlbum a = album("id-a", "A", Set.of("/p/A/a.jpg"), Map.of("u-mom", ShareRole.VIEWER));
    assertThat(PlanDiff.create(plan, List.of(a), USERS, OWNER, new PlanDiff.Options(2000, 2, 0)).actions())
        .containsExactly(new ChangeRole(new AlbumRef("id-a", "A"), "u-mom", "mom", ShareRole.EDITOR));
  }

  @Test
  void unknownShareUsersAreReported() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").shareWith(new AlbumShare("nobody", ShareRole.VIEWER)),
        "/p/A/a.jpg");
    assertThat(PlanDiff.create(plan, List.of(), USERS, OWNER, PlanDiff.Options.DEFAULT).unknownUsers())
        .containsExactly("nobody");
  }

  @Test
  void visibilityChangesAndLockedAssetsGoIntoNoAlbum() {
    AlbumPlan archive = plan(AlbumOptions.builder().rootPath("/p").visibility(Visibility.ARCHIVE), "/p/A/a.jpg");
    assertThat(PlanDiff.create(archive, List.of(), USERS, OWNER, PlanDiff.Options.DEFAULT).actions())
        .endsWith(new SetVisibility(List.of("/p/A/a.jpg"), Visibility.ARCHIVE));
    AlbumPlan locked = plan(AlbumOptions.builder().rootPath("/p").visibility(Visibility.LOCKED), "/p/A/a.jpg");
    assertThat(PlanDiff.create(locked, List.of(), USERS, OWNER, PlanDiff.Options.DEFAULT).actions())
        .containsExactly(new SetVisibility(List.of("/p/A/a.jpg"), Visibility.LOCKED));
  }

  @Test
  void randomThumbnailsAreReproducibleForASeed() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").albumThumbnail("random"),
        "/p/A/1.jpg", "/p/A/2.jpg", "/p/A/3.jpg", "/p/A/4.jpg");
    String first = thumbnailOf(PlanDiff.create(plan, List.of(), USERS, OWNER, new PlanDiff.Options(2000, 0, 7)));
    assertThat(first).startsWith("/p/A/");
    assertThat(thumbnailOf(PlanDiff.create(plan, List.of(), USERS, OWNER, new PlanDiff.Options(2000, 0, 7))))
        .isEqualTo(first);
  }

  @Test
  void thumbnailsFollowTheirOwnRuleIndependentOfThePropsMode() {
    AlbumPlan first = plan(AlbumOptions.builder().rootPath("/p").albumThumbnail("first"), "/p/A/1.jpg", "/p/A/2.jpg");
    ExistingAlbum a = album("id-a", "A", Set.of("/p/A/1.jpg"), Map.of());
    assertThat(PlanDiff.create(first, List.of(a), USERS, OWNER, PlanDiff.Options.DEFAULT).actions())
        .contains(new UpdateAlbum(new AlbumRef("id-a", "A"), null, "/p/A/1.jpg", null, null));
    ExistingAlbum full = album("id-a", "A", Set.of("/p/A/1.jpg", "/p/A/2.jpg"), Map.of());
    assertThat(PlanDiff.create(first, List.of(full), USERS, OWNER, PlanDiff.Options.DEFAULT).actions())
        .as("no assets added, no shuffle: nothing to do").isEmpty();
    AlbumPlan shuffled = plan(AlbumOptions.builder().rootPath("/p").albumThumbnail("random-filtered"),
        "/p/A/1.jpg", "/p/A/2.jpg", "/p/A/3.jpg");
    ExistingAlbum all = album("id-a", "A", Set.of("/p/A/1.jpg", "/p/A/2.jpg", "/p/A/3.jpg"), Map.of());
    List<String> picks = IntStream.range(0, 20).mapToObj(seed -> PlanDiff.create(shuffled, List.of(all), USERS,
        OWNER, new PlanDiff.Options(2000, 0, seed)).actions()).filter(l -> !l.isEmpty())
        .map(l -> ((UpdateAlbum) l.get(0)).thumbnailAssetId()).distinct().toList();
    assertThat(picks).as("random-filtered reshuffles albums without new assets").hasSizeGreaterThan(1);
  }

  @Test
  void randomAllShufflesTheAlbumsOutsideThePlanToo() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p").albumThumbnail("random-all"), "/p/A/1.jpg");
    ExistingAlbum other = album("id-o", "Other", Set.of("x1", "x2"), Map.of());
    List<AlbumAction> shuffles = PlanDiff.shuffleOtherThumbnails(plan, List.of(other,
        album("id-a", "A", Set.of("/p/A/1.jpg"), Map.of())), new PlanDiff.Options(2000, 0, 3));
    assertThat(shuffles).singleElement().satisfies(u -> {
      assertThat(u.album().id()).isEqualTo("id-o");
      assertThat(((UpdateAlbum) u).thumbnailAssetId()).isIn("x1", "x2");
    });
  }

  private static String thumbnailOf(PlanDiff.Result result) {
    return result.actions().stream().filter(UpdateAlbum.class::isInstance).map(UpdateAlbum.class::cast)
        .findFirst().orElseThrow().thumbnailAssetId();
  }

  @Test
  void cleanupDeletesOnlyThePlannedNamesAndDeleteAllEverything() {
    AlbumPlan plan = plan(AlbumOptions.builder().rootPath("/p"), "/p/A/a.jpg");
    List<ExistingAlbum> existing = List.of(album("1", "A", null, Map.of()), album("2", "Other", null, Map.of()));
    assertThat(PlanDiff.cleanup(plan, existing)).containsExactly(new DeleteAlbum(new AlbumRef("1", "A"), 3));
    assertThat(PlanDiff.deleteAll(existing)).hasSize(2);
    List<ExistingAlbum> withEmpty = List.of(album("3", "Empty", Set.of(), Map.of()), album("1", "A", null, Map.of()));
    assertThat(PlanDiff.deleteEmpty(withEmpty, null)).containsExactly(new DeleteAlbum(new AlbumRef("3", "Empty"), 0));
    assertThat(PlanDiff.deleteEmpty(withEmpty, Set.of("A"))).isEmpty();
  }
}
