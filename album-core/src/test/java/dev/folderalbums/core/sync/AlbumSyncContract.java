package dev.folderalbums.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.props.AlbumPropsReader;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.RetryPolicy;
import dev.folderalbums.testkit.FakeAlbum;
import dev.folderalbums.testkit.FakeAsset;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.Generation;
import dev.folderalbums.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** End-to-end runs against the stateful fake Immich, in the API shapes of Immich 3.x and of 1.135 to 2.x. */
abstract class AlbumSyncContract {
  private FakeImmich immich;
  private FakeUser me;
  private FakeUser mom;
  /** A listener that is not thread-safe on purpose: the sync must call it one event at a time. */
  private final List<SyncEvent> events = new ArrayList<>();
  private final AtomicBoolean inListener = new AtomicBoolean();
  private final AtomicBoolean overlapped = new AtomicBoolean();

  abstract Generation generation();

  @org.junit.jupiter.api.BeforeEach
  void start() {
    immich = FakeImmich.start(generation());
    me = immich.addUser("Me", "me@example.com");
    mom = immich.addUser("Mom", "mom@example.com");
  }

  static final List<String> TREE = List.of("/photos/2020/Feb/a.jpg", "/photos/2020/Feb/b.jpg", "/photos/2020/c.jpg",
      "/photos/Birthdays/John/d.jpg", "/photos/g.jpg", "/other/h.jpg");

  @AfterEach
  void stop() {
    immich.close();
  }

  private SyncReport run(UnaryOperator<AlbumOptions.Builder> album, UnaryOperator<SyncOptions.Builder> sync) {
    return run(me, album, sync);
  }

  private SyncReport run(FakeUser user, UnaryOperator<AlbumOptions.Builder> album,
      UnaryOperator<SyncOptions.Builder> sync) {
    RequestCounter counter = new RequestCounter();
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(user.apiKey())
        .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(6).withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
        .requestListener(counter).build()) {
      AlbumOptions options = album.apply(AlbumOptions.builder().rootPath("/photos")).build();
      // Short pauses before looking up an album whose create failed: the outcome, not the speed, is under test.
      return AlbumSync.builder(client, sync.apply(SyncOptions.builder(options).randomSeed(1)
          .unknownCreateWait(Duration.ofMillis(50))).build())
          .propsReader(AlbumPropsReader.NONE).listener(this::record).requestCounter(counter).build().run();
    }
  }

  private void record(SyncEvent event) {
    if (!inListener.compareAndSet(false, true)) {
      overlapped.set(true);
    }
    events.add(event);
    if (event instanceof SyncEvent.AlbumApplied) {
      try {
        Thread.sleep(1); // widens the window in which a second worker would come in
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    inListener.set(false);
  }

  @Test
  void eventsArriveOneAtATimeWithTheirCountsInOrder() {
    immich.addAssets(me, IntStream.range(0, 600).mapToObj(i -> "/photos/F" + (i % 60) + "/x" + i + ".jpg").toList());
    immich.faults(FaultPlan.NONE.withLatency(5));
    run(a -> a, s -> s.threads(4).fetchChunkSize(50));
    assertThat(overlapped).as("two events were delivered at once").isFalse();
    assertThat(events).filteredOn(SyncEvent.AlbumApplied.class::isInstance)
        .extracting(e -> ((SyncEvent.AlbumApplied) e).done())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
    assertThat(events).filteredOn(SyncEvent.AssetsDiscovered.class::isInstance)
        .extracting(e -> ((SyncEvent.AssetsDiscovered) e).assetsSoFar()).isSorted().last().isEqualTo(600);
  }

  private Map<String, List<String>> albumPaths(FakeUser user) {
    Map<String, List<String>> out = new TreeMap<>();
    for (FakeAlbum a : immich.albums(user)) {
      out.put(a.name(), a.assetIds().stream().map(id -> immich.asset(id).originalPath()).sorted().toList());
    }
    return out;
  }

  @Test
  void createsAlbumsFromScratchAndARerunWritesNothing() {
    immich.addAssets(me, TREE);
    SyncReport report = run(a -> a, s -> s);
    assertThat(albumPaths(me)).containsExactly(
        Map.entry("2020", List.of("/photos/2020/Feb/a.jpg", "/photos/2020/Feb/b.jpg", "/photos/2020/c.jpg")),
        Map.entry("Birthdays", List.of("/photos/Birthdays/John/d.jpg")));
    assertThat(report.albumsCreated()).isEqualTo(2);
    assertThat(report.assetsAdded()).isEqualTo(4);
    assertThat(report.assetsDiscovered()).isEqualTo(6);
    assertThat(report.failures()).isEmpty();
    // The second album list, after the creates, finds albums another run made at the same time.
    assertThat(report.requests()).containsEntry("POST /albums", 2).containsEntry("GET /albums", 2)
        .doesNotContainKey("GET /users");

    immich.clearRequests();
    SyncReport again = run(a -> a, s -> s.threads(4));
    assertThat(immich.successfulWrites()).isEmpty();
    assertThat(again.albumsCreated()).isZero();
    // The everyday rerun: one (empty) search page, no look-ahead, no key permissions, no warning.
    assertThat(immich.requests()).extracting(RecordedRequest::endpoint).containsExactlyInAnyOrder(
        "GET /server/version", "GET /users/me", "POST /search/metadata", "GET /albums");
    assertThat(again.warnings()).isEmpty();
  }

  @Test
  void aRootBelowWhichNothingLiesIsWarnedAboutWithOneSmallSearch() {
    immich.addAssets(me, TREE);
    SyncReport report = run(a -> AlbumOptions.builder().rootPath("/fotos"), s -> s);
    assertThat(report.warnings()).anyMatch(w -> w.startsWith("no asset lies below the root paths [/fotos]"));
  }

  @Test
  void newAssetsGoIntoExistingAlbumsAndFindAssetsInAlbumsReRunIsANoOp() {
    immich.addAssets(me, TREE);
    run(a -> a, s -> s);
    immich.addAssets(me, List.of("/photos/2020/new.jpg"));
    SyncReport second = run(a -> a, s -> s);
    assertThat(second.albumsCreated()).isZero();
    assertThat(albumPaths(me).get("2020")).contains("/photos/2020/new.jpg");
    immich.clearRequests();
    run(a -> a, s -> s.findAssetsInAlbums(true));
    assertThat(immich.successfulWrites()).isEmpty();
  }

  @Test
  void injectedFaultsAndDelaysGiveTheSameResultWithoutDuplicates() {
    List<String> many = IntStream.range(0, 300).mapToObj(i -> "/photos/F" + (i % 12) + "/x" + i + ".jpg").toList();
    immich.addAssets(me, many);
    immich.faults(new FaultPlan(42, 0.05, List.of(503), 0.0, 0, 0.05, 30));
    SyncReport report = run(a -> a, s -> s.fetchChunkSize(50).chunkSize(20).threads(4));
    immich.faults(FaultPlan.NONE);
    assertThat(report.failures()).isEmpty();
    Map<String, List<String>> faulty = albumPaths(me);
    assertThat(faulty).hasSize(12);
    assertThat(faulty.values().stream().mapToInt(List::size).sum()).isEqualTo(300);
    assertThat(immich.albums(me).stream().map(FakeAlbum::name).distinct().count()).isEqualTo(12);
  }

  @Test
  void ambiguousCreateFailuresLookTheAlbumUpInsteadOfDuplicating() {
    immich.addAssets(me, List.of("/photos/A/a.jpg", "/photos/B/b.jpg", "/photos/C/c.jpg"));
    immich.faults(new FaultPlan(7, 0.3, List.of(502), 0.1, 0, 0, 0));
    SyncReport first = run(a -> a, s -> s.threads(1));
    immich.faults(FaultPlan.NONE);
    SyncReport second = first.hasFailures() ? run(a -> a, s -> s) : first;
    assertThat(second.failures()).isEmpty();
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).containsExactly("A", "B", "C");
    assertThat(albumPaths(me).values()).allSatisfy(v -> assertThat(v).hasSize(1));
  }

  @Test
  void cleanupAndDeleteAllReportOnlyUntilConfirmed() {
    immich.addAssets(me, TREE);
    run(a -> a, s -> s);
    immich.addAlbum(me, "Mine", List.of());
    immich.clearRequests();
    SyncReport dry = run(a -> a, s -> s.mode(Mode.CLEANUP));
    assertThat(immich.successfulWrites()).isEmpty();
    assertThat(dry.pending()).containsExactly("delete album '2020' (3 assets stay) (needs --delete-confirm)",
        "delete album 'Birthdays' (1 assets stay) (needs --delete-confirm)");
    SyncReport dryRun = run(a -> a, s -> s.mode(Mode.DELETE_ALL).dryRun(true).deleteConfirm(true));
    assertThat(immich.successfulWrites()).isEmpty();
    assertThat(dryRun.pending()).hasSize(3);

    SyncReport cleanup = run(a -> a, s -> s.mode(Mode.CLEANUP).deleteConfirm(true));
    assertThat(cleanup.albumsDeleted()).isEqualTo(2);
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).containsExactly("Mine");
    assertThat(immich.assets()).hasSize(TREE.size());
    run(a -> a, s -> s.mode(Mode.DELETE_ALL).deleteConfirm(true));
    assertThat(immich.albums(me)).isEmpty();
    assertThat(immich.assets()).hasSize(TREE.size());
  }

  @Test
  void sharesByNameAndByEmailAndNeverWithTheOwner() {
    FakeUser dad = immich.addUser("Dad", "dad@example.com");
    immich.addAssets(me, List.of("/photos/A/a.jpg"));
    run(a -> a.shareWith(new AlbumShare("Mom", ShareRole.EDITOR)).shareWith(new AlbumShare("dad@example.com",
        ShareRole.VIEWER)).shareWith(new AlbumShare("me@example.com", ShareRole.VIEWER)), s -> s);
    assertThat(immich.albums(me).get(0).users()).containsExactlyInAnyOrderEntriesOf(
        Map.of(mom.id(), "editor", dad.id(), "viewer"));
  }

  @Test
  void anUnknownShareUserStopsTheRunBeforeAnyWrite() {
    immich.addAssets(me, List.of("/photos/A/a.jpg"));
    assertThatThrownBy(() -> run(a -> a.shareWith(new AlbumShare("nobody", ShareRole.VIEWER)), s -> s))
        .isInstanceOf(SyncException.class).hasMessageContaining("nobody");
    assertThat(immich.successfulWrites()).isEmpty();
  }

  @Test
  void mode2SetsExactSharingButUnsharesOnlyWithConfirmation() {
    immich.addAssets(me, List.of("/photos/A/a.jpg"));
    run(a -> a.shareWith(new AlbumShare("Mom", ShareRole.VIEWER)), s -> s);
    immich.addAssets(me, List.of("/photos/A/b.jpg"));
    SyncReport unconfirmed = run(a -> a, s -> s.updateAlbumPropsMode(2).findAssetsInAlbums(true));
    assertThat(unconfirmed.pending()).containsExactly("stop sharing 'A' with mom@example.com (needs --delete-confirm)");
    assertThat(immich.albums(me).get(0).users()).containsKey(mom.id());
    run(a -> a, s -> s.updateAlbumPropsMode(2).findAssetsInAlbums(true).deleteConfirm(true));
    assertThat(immich.albums(me).get(0).users()).isEmpty();
  }

  @Test
  void thumbnailsFirstAndLastAndAlbumProperties() {
    List<FakeAsset> assets = immich.addAssets(me, List.of("/photos/A/1.jpg", "/photos/A/2.jpg", "/photos/A/3.jpg"));
    run(a -> a.albumThumbnail("last").albumOrder(SortOrder.ASC).commentsAndLikesEnabled(false), s -> s);
    FakeAlbum album = immich.albums(me).get(0);
    assertThat(album.thumbnailAssetId()).isEqualTo(assets.get(2).id());
    assertThat(album.order()).isEqualTo("asc");
    assertThat(album.activityEnabled()).isFalse();

    immich.addAssets(me, List.of("/photos/B/1.jpg", "/photos/B/2.jpg"));
    run(a -> a.albumThumbnail("first"), s -> s);
    FakeAlbum b = immich.albums(me).stream().filter(x -> x.name().equals("B")).findFirst().orElseThrow();
    assertThat(immich.asset(b.thumbnailAssetId()).originalPath()).isEqualTo("/photos/B/1.jpg");
  }

  @Test
  void visibilityArchiveAndLocked() {
    immich.addAssets(me, List.of("/photos/A/a.jpg", "/photos/B/b.jpg"));
    SyncReport archive = run(a -> a.pathFilter("A/**").visibility(Visibility.ARCHIVE), s -> s);
    assertThat(archive.visibilityChanged()).isEqualTo(1);
    assertThat(immich.assets()).filteredOn(x -> x.originalPath().startsWith("/photos/A/"))
        .extracting(FakeAsset::visibility).containsExactly("archive");
    assertThat(albumPaths(me)).containsOnlyKeys("A");

    run(a -> a.pathFilter("B/**").visibility(Visibility.LOCKED), s -> s);
    assertThat(immich.assets()).filteredOn(x -> x.originalPath().startsWith("/photos/B/"))
        .extracting(FakeAsset::visibility).containsExactly("locked");
    assertThat(albumPaths(me)).containsOnlyKeys("A");
  }

  @Test
  void syncMode1DeletesEmptyAlbums() {
    immich.addAssets(me, List.of("/photos/A/a.jpg", "/photos/B/b.jpg"));
    immich.addAlbum(me, "Empty", List.of());
    run(a -> a, s -> s.syncMode(1));
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).contains("Empty");
    run(a -> a, s -> s.syncMode(1).deleteConfirm(true));
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).containsExactly("A", "B");
  }

  /** Offline, sync mode 2, back online, next run: the assets are back in their album and were never trashed. */
  @Test
  void syncMode2TakesOfflineAssetsOutOfAlbumsAndNeverLosesThem() {
    List<FakeAsset> away = immich.addAssets(me, IntStream.range(0, 6).mapToObj(i -> "/photos/Trip/" + i + ".jpg")
        .toList());
    immich.addAssets(me, List.of("/photos/Home/h.jpg"));
    run(a -> a, s -> s);
    assertThat(albumPaths(me)).containsOnlyKeys("Home", "Trip");

    away.forEach(a -> immich.rescan(a.id(), false));
    SyncReport preview = run(a -> a, s -> s.syncMode(2));
    assertThat(preview.pending()).contains("take 6 offline assets out of 'Trip' (needs --delete-confirm)");
    SyncReport sync = run(a -> a, s -> s.syncMode(2).deleteConfirm(true));
    assertThat(sync.offlineAssetsRemoved()).isEqualTo(6);
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).as("the emptied album is deleted as in sync mode 1")
        .containsExactly("Home");
    assertThat(immich.requests()).noneMatch(r -> r.method().equals("DELETE") && r.path().equals("/assets"));

    away.forEach(a -> immich.rescan(a.id(), true));
    assertThat(away).allSatisfy(a -> assertThat(immich.asset(a.id()).trashed()).isFalse());
    run(a -> a, s -> s.syncMode(2).deleteConfirm(true));
    assertThat(albumPaths(me).get("Trip")).hasSize(6);
  }

  @Test
  void theTestkitKeepsAUserDeletedAssetInTheTrashWhenItComesBack() {
    FakeAsset asset = immich.addAssets(me, List.of("/photos/A/a.jpg")).get(0);
    immich.rescan(asset.id(), false);
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey()).build()) {
      client.call(() -> {
        client.assets().deleteAssets(new dev.folderalbums.immich.generated.model.AssetBulkDeleteDto()
            .ids(List.of(java.util.UUID.fromString(asset.id()))).force(false));
        return null;
      });
    }
    immich.rescan(asset.id(), true);
    assertThat(immich.asset(asset.id()).trashed()).as("Immich never restores status Trashed").isTrue();
  }

  @Test
  void theMassChangeGuardStopsLargeDeletionsThatAreASideEffect() {
    IntStream.range(0, 8).forEach(i -> immich.addAlbum(me, "Emptied " + i, List.of()));
    immich.clearRequests();
    assertThatThrownBy(() -> run(a -> a, s -> s.syncMode(1).deleteConfirm(true)))
        .isInstanceOf(SyncException.class).hasMessageContaining("--force");
    assertThat(immich.successfulWrites()).isEmpty();
    run(a -> a, s -> s.syncMode(1).deleteConfirm(true).force(true));
    assertThat(immich.albums(me)).isEmpty();
  }

  @Test
  void aNewAlbumsDefaultCoverIsItsNewestAssetWhateverTheServersOrder() {
    List<FakeAsset> assets = immich.addAssets(me, List.of("/photos/A/1.jpg", "/photos/A/2.jpg", "/photos/A/3.jpg"));
    java.time.Instant day = java.time.Instant.parse("2021-06-01T00:00:00Z");
    FakeAsset newest = assets.stream().max(java.util.Comparator.comparing(FakeAsset::id)).orElseThrow();
    FakeAsset lowest = assets.stream().min(java.util.Comparator.comparing(FakeAsset::id)).orElseThrow();
    assertThat(newest).isNotEqualTo(lowest);
    for (FakeAsset a : assets) {
      immich.putAsset(new FakeAsset(a.id(), a.ownerId(), a.originalPath(), a == newest ? day.plusSeconds(3600) : day,
          a.visibility(), a.offline(), a.trashed(), a.livePhotoVideoId(), a.type()));
    }
    run(a -> a, s -> s);
    assertThat(immich.albums(me).get(0).thumbnailAssetId()).isEqualTo(newest.id());
  }

  @Test
  void twoUsersWhoseNamesDifferOnlyInCaseAreNeverMixedUp() {
    FakeUser lowerMom = immich.addUser("mom", "mom2@example.com");
    immich.addAssets(me, List.of("/photos/A/a.jpg"));
    run(a -> a.shareWith(new AlbumShare("mom", ShareRole.VIEWER)), s -> s);
    assertThat(immich.albums(me).get(0).users()).containsOnlyKeys(lowerMom.id());
    immich.addAssets(me, List.of("/photos/B/b.jpg"));
    run(a -> a.shareWith(new AlbumShare("Mom", ShareRole.VIEWER)).pathFilter("B/**"), s -> s);
    assertThat(immich.albums(me).get(1).users()).containsOnlyKeys(mom.id());
    immich.addUser("MoM", "mom3@example.com");
    immich.addAssets(me, List.of("/photos/C/c.jpg"));
    immich.clearRequests();
    assertThatThrownBy(() -> run(a -> a.shareWith(new AlbumShare("MOM", ShareRole.VIEWER)), s -> s))
        .isInstanceOfSatisfying(SyncException.class,
            e -> assertThat(e.kind()).isEqualTo(SyncException.Kind.CONFIGURATION))
        .hasMessageContaining("MOM (could be mom2@example.com, mom3@example.com, mom@example.com)");
    assertThat(immich.successfulWrites()).isEmpty();
  }

  /** Albums that share a name (the Python tool's retries made such): merged into the oldest, with -d only. */
  @Test
  void albumsSharingAManagedNameAreMergedIntoTheOldest() {
    List<FakeAsset> assets = immich.addAssets(me, List.of("/photos/A/1.jpg", "/photos/A/2.jpg", "/photos/A/3.jpg"));
    String oldest = immich.addAlbum(me, "A", List.of(assets.get(0).id()));
    immich.addAlbum(me, "A", List.of(assets.get(1).id()));
    immich.addAlbum(me, "Unmanaged", List.of());
    immich.addAlbum(me, "Unmanaged", List.of());
    SyncReport preview = run(a -> a, s -> s.findAssetsInAlbums(true));
    assertThat(preview.pending()).containsExactly("merge 2 albums named 'A' into the oldest (needs --delete-confirm)");
    assertThat(immich.albums(me)).hasSize(4);

    SyncReport merged = run(a -> a, s -> s.findAssetsInAlbums(true).deleteConfirm(true));
    assertThat(merged.albumsDeleted()).isEqualTo(1);
    assertThat(immich.albums(me)).extracting(FakeAlbum::name).containsExactly("A", "Unmanaged", "Unmanaged");
    FakeAlbum a = immich.albums(me).get(0);
    assertThat(a.id()).isEqualTo(oldest);
    assertThat(a.assetIds()).containsExactlyInAnyOrderElementsOf(assets.stream().map(FakeAsset::id).toList());
  }

  @Test
  void cleanupAndDeleteAllWithDeleteConfirmDoWhatTheySayWithoutForce() {
    List<String> paths = IntStream.range(0, 7).mapToObj(i -> "/photos/A" + i + "/x.jpg").toList();
    immich.addAssets(me, paths);
    run(a -> a, s -> s);
    SyncReport preview = run(a -> a, s -> s.mode(Mode.CLEANUP));
    assertThat(preview.pending()).hasSize(7).allMatch(p -> p.contains("needs --delete-confirm"));
    assertThat(immich.albums(me)).hasSize(7);
    SyncReport cleanup = run(a -> a, s -> s.mode(Mode.CLEANUP).deleteConfirm(true));
    assertThat(cleanup.albumsDeleted()).isEqualTo(7);
    assertThat(immich.albums(me)).isEmpty();

    run(a -> a, s -> s);
    SyncReport all = run(a -> a, s -> s.mode(Mode.DELETE_ALL).deleteConfirm(true));
    assertThat(all.albumsDeleted()).isEqualTo(7);
    assertThat(immich.albums(me)).isEmpty();
    assertThat(immich.assets()).hasSize(7);
  }

  @Test
  void aWrongKeyIsAConnectionErrorThatSaysToCheckTheKey() {
    FakeUser ghost = new FakeUser("x", "Ghost", "ghost@example.com", "not-a-key");
    assertThatThrownBy(() -> run(ghost, a -> a, s -> s))
        .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.kind()).isEqualTo(SyncException.Kind.CONNECTION))
        .hasMessageContaining("check the key").hasMessageNotContaining("not-a-key");
  }

  @Test
  void malformedAssetsAreSkippedAndReportedNotFatal() {
    immich.addAssets(me, List.of("/photos/A/a.jpg"));
    FakeAsset undated = immich.addAssets(me, List.of("/photos/A/undated.jpg")).get(0);
    immich.putAsset(new FakeAsset(undated.id(), undated.ownerId(), undated.originalPath(), null, "timeline", false,
        false, null, "IMAGE"));
    SyncReport report = run(a -> a, s -> s.findArchivedAssets(true));
    assertThat(report.failures()).isEmpty();
    assertThat(albumPaths(me).get("A")).containsExactly("/photos/A/a.jpg");
    assertThat(report.warnings()).anyMatch(w -> w.contains("/photos/A/undated.jpg") && w.contains("file date"));
  }

  @Test
  void cleanupWithVisibilityGivesTheAlbumsAssetsThatVisibilityFirst() {
    List<FakeAsset> assets = immich.addAssets(me, List.of("/photos/A/a.jpg", "/photos/A/b.jpg"));
    run(a -> a.visibility(Visibility.ARCHIVE), s -> s);
    assertThat(immich.asset(assets.get(0).id()).visibility()).isEqualTo("archive");
    SyncReport cleanup = run(a -> a.visibility(Visibility.TIMELINE), s -> s.mode(Mode.CLEANUP).deleteConfirm(true));
    assertThat(cleanup.albumsDeleted()).isEqualTo(1);
    assertThat(immich.assets()).extracting(FakeAsset::visibility).containsOnly("timeline");
    assertThat(immich.assets()).hasSize(2);
  }

  @Test
  void nonAsciiAndUnusualCharactersTravelIntactThroughTheWholeStack() {
    immich.addAssets(me, List.of("/photos/Ünïcödé 日本 ☀/a.jpg", "/photos/[draft] $1 & 50% (copy)/b.jpg",
        "/photos/quote\"s and \\ back/c.jpg"));
    SyncReport report = run(a -> a, s -> s);
    assertThat(report.failures()).isEmpty();
    assertThat(albumPaths(me)).containsOnlyKeys("Ünïcödé 日本 ☀", "[draft] $1 & 50% (copy)", "quote\"s and \\ back");
  }

  @Test
  void albumPropsFilesShareDescribeAndRenameThroughTheServer() {
    immich.addAssets(me, List.of("/photos/Trip/a.jpg", "/photos/Trip/b.jpg"));
    AlbumPropsReader reader = folder -> folder.equals("/photos/Trip")
        ? java.util.Optional.of("override_name: Summer\ndescription: Sun\nsort_order: asc\n"
            + "share_with:\n  - user: mom@example.com\n    role: editor\n")
        : java.util.Optional.empty();
    RequestCounter counter = new RequestCounter();
    try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey())
        .requestListener(counter).build()) {
      AlbumOptions options = AlbumOptions.builder().rootPath("/photos").readAlbumProperties(true).build();
      AlbumSync.builder(client, SyncOptions.builder(options).build()).propsReader(reader).build().run();
    }
    FakeAlbum album = immich.albums(me).get(0);
    assertThat(album.name()).isEqualTo("Summer");
    assertThat(album.description()).isEqualTo("Sun");
    assertThat(album.order()).isEqualTo("asc");
    assertThat(album.users()).containsEntry(mom.id(), "editor");
    assertThat(counter.snapshot()).containsEntry("GET /users", 1);
  }

  @Test
  void livePhotoVideosAreNotSearchedOrAdded() {
    FakeAsset video = immich.addAssets(me, List.of("/photos/A/IMG_1.MOV")).get(0);
    immich.putAsset(video.withVisibility("hidden"));
    FakeAsset still = immich.addAssets(me, List.of("/photos/A/IMG_1.HEIC")).get(0);
    immich.putAsset(still.withLivePhotoVideo(video.id()));
    run(a -> a, s -> s);
    assertThat(albumPaths(me).get("A")).containsExactly("/photos/A/IMG_1.HEIC");
  }

  @ParameterizedTest
  @EnumSource(Generation.class)
  void bothServerGenerationsWork(Generation generation) {
    immich.close();
    immich = FakeImmich.start(generation);
    me = immich.addUser("Me", "me@example.com");
    FakeUser other = immich.addUser("Other", "other@example.com");
    immich.addAssets(me, TREE);
    String foreign = immich.addAlbum(other, "2020", List.of());
    run(a -> a.shareWith(new AlbumShare("Other", ShareRole.VIEWER)), s -> s);
    assertThat(albumPaths(me)).containsOnlyKeys("2020", "Birthdays");
    assertThat(immich.albums(me).get(0).users()).containsKey(other.id());
    assertThat(immich.albums(other)).extracting(FakeAlbum::id).containsExactly(foreign);
    immich.clearRequests();
    run(a -> a.shareWith(new AlbumShare("Other", ShareRole.VIEWER)), s -> s.findAssetsInAlbums(true)
        .updateAlbumPropsMode(2));
    List<RecordedRequest> writes = immich.successfulWrites();
    assertThat(writes).as(writes.stream().map(RecordedRequest::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
