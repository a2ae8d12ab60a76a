package dev.folderalbums.core.sync;

import dev.folderalbums.core.diff.AlbumAction.AddAssets;
import dev.folderalbums.core.diff.AlbumAction.ChangeRole;
import dev.folderalbums.core.diff.AlbumAction.CreateAlbum;
import dev.folderalbums.core.diff.AlbumAction.DeleteAlbum;
import dev.folderalbums.core.diff.AlbumAction.SetVisibility;
import dev.folderalbums.core.diff.AlbumAction.ShareAlbum;
import dev.folderalbums.core.diff.AlbumAction.UnshareAlbum;
import dev.folderalbums.core.diff.AlbumAction.UpdateAlbum;
import dev.folderalbums.core.diff.AlbumAction;
import dev.folderalbums.core.diff.ExistingAlbum;
import dev.folderalbums.core.diff.ImmichUser;
import dev.folderalbums.core.diff.PlanDiff;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.plan.AlbumPlan;
import dev.folderalbums.core.plan.AlbumPlanner;
import dev.folderalbums.core.plan.PlannedAlbum;
import dev.folderalbums.core.plan.SkipReason;
import dev.folderalbums.core.props.AlbumPropsReader;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.server.Futures;
import dev.folderalbums.core.server.ImmichServer.AssetQuery;
import dev.folderalbums.core.server.ImmichServer;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.error.ImmichForbiddenException;
import dev.folderalbums.immich.error.ImmichNotFoundException;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.error.ImmichUnauthorizedException;
import dev.folderalbums.immich.error.ImmichUnexpectedResponseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one user's sync: discovers the assets, plans the albums, derives the actions and applies them, in the mode
 * the options say. Destructive actions (deleting albums or assets, unsharing) happen only with
 * {@code deleteConfirm}; a dry run writes nothing. An error on one album is recorded and the others go on.
 *
 * <pre>{@code
 * try (ImmichClient immich = AlbumSync.clientFor(options).baseUrl(url).apiKey(key).build()) {
 *   SyncReport report = AlbumSync.builder(immich, options).listener(myProgressBar).build().run();
 * }
 * }</pre>
 */
public final class AlbumSync {
  private static final Logger LOG = LoggerFactory.getLogger(AlbumSync.class);
  /** Below this many deletions the share guard does not apply: deleting 2 of 3 albums is no outage. */
  private static final int GUARD_MIN_ALBUMS = 5;
  /** Look-ups after an ambiguous create, each after a pause as long as the request timeout. */
  private static final int UNKNOWN_CREATE_LOOKUPS = 3;

  private final ImmichClient client;
  private final SyncOptions options;
  private final AlbumPropsReader propsReader;
  private final SyncListener listener;
  /** Events go to the listener one at a time, so that a listener need not be thread-safe. */
  private final Object events = new Object();
  private final RequestCounter counter;

  private final AtomicInteger albumsCreated = new AtomicInteger();
  private final AtomicInteger assetsAdded = new AtomicInteger();
  private final AtomicInteger propertiesChanged = new AtomicInteger();
  private final AtomicInteger sharesChanged = new AtomicInteger();
  private final AtomicInteger visibilityChanged = new AtomicInteger();
  private final AtomicInteger albumsDeleted = new AtomicInteger();
  private final AtomicInteger offlineAssetsRemoved = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<SyncReport.Failure> failures = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> warnings = new ConcurrentLinkedQueue<>();
  /** Albums whose create failed ambiguously and had not appeared: settled at the end of the run. */
  private final ConcurrentLinkedQueue<Unsettled> unsettled = new ConcurrentLinkedQueue<>();

  private record Unsettled(String name, CreateAlbum create, List<AlbumAction> rest) {}
  private final AtomicBoolean used = new AtomicBoolean();
  private final AtomicBoolean permissionsChecked =
      new AtomicBoolean();

  private AlbumSync(Builder b) {
    this.client = b.client;
    this.options = b.options;
    this.propsReader = b.propsReader;
    this.listener = b.listener;
    // A counter wired into the client once is found there: it need not be passed again.
    this.counter = b.counter != null ? b.counter
        : b.client.requestListener() instanceof RequestCounter c ? c : null;
  }

  /**
   * A client builder made for a run with these options: as many connections as {@code threads} (they bound the
   * requests in flight) and a {@link RequestCounter} the run's report reads its request counts from. Add the URL and
   * the key, build, and hand the client to {@link #builder}.
   *
   * @param options the run's options
   * @return the client builder
   */
  public static ImmichClient.Builder clientFor(SyncOptions options) {
    return ImmichClient.builder().maxConnections(options.threads()).requestListener(new RequestCounter());
  }

  /**
   * @param client the client for the user's key
   * @param options what to do
   * @return a builder
   */
  public static Builder builder(ImmichClient client, SyncOptions options) {
    return new Builder(client, options);
  }

  /**
   * Runs the sync. A run is used once.
   *
   * @return the report
   * @throws SyncException when the run cannot start (connection, key, version, unknown share users) or the
   *     mass-change guard stops it; nothing was written then
   */
  public SyncReport run() {
    if (!used.compareAndSet(false, true)) {
      throw new IllegalStateException("an AlbumSync runs once; build a new one for the next run");
    }
    long start = System.nanoTime();
    ImmichServer server = connect();
    ExecutorService pool = Executors.newFixedThreadPool(workers(), r -> {
      Thread t = new Thread(r, "folder-albums-worker");
      t.setDaemon(true);
      return t;
    });
    int discovered = 0;
    try {
      if (options.mode() == Mode.DELETE_ALL) {
        emit(new SyncEvent.PhaseStarted("delete-all"));
        List<ExistingAlbum> existing = server.ownAlbums();
        applyDeletes(server, PlanDiff.deleteAll(existing), existing.size(), false, true, pool);
      } else {
        // The album list does not depend on the assets: it is read while the search pages come in.
        Future<List<ExistingAlbum>> albums = pool.submit(server::ownAlbums);
        emit(new SyncEvent.PhaseStarted("discover"));
        List<Asset> assets = discover(server, pool);
        discovered = assets.size();
        if (options.syncMode() == 2) {
          // Offline assets are taken out of their albums below, not put in; they come back when they are online.
          assets.removeIf(Asset::offline);
        }
        emit(new SyncEvent.PhaseStarted("plan"));
        AlbumPlan plan = AlbumPlanner.of(options.album(), propsReader).plan(assets);
        plan.warnings().forEach(this::warn);
        warnIfNothingIsBelowTheRoots(server, plan);
        if (options.mode() == Mode.CLEANUP) {
          List<ExistingAlbum> existing = Futures.join(albums);
          // Deleting is what CLEANUP is asked for: the guard is for deletions that are a side effect.
          applyDeletes(server, PlanDiff.cleanup(plan, existing), existing.size(), false, true, pool);
        } else {
          create(server, plan, Futures.join(albums), pool);
        }
        if (options.syncMode() > 0) {
          sync(server, plan, pool);
        }
      }
    } catch (ImmichTransportException e) {
      throw new SyncException(SyncException.Kind.CONNECTION, "lost Immich at " + client.baseUrl() + ": "
          + e.getMessage() + "; run again to continue", e);
    } catch (ImmichForbiddenException e) {
      // The key's permissions are read only before the first write: a read it may not make is refused here.
      throw new SyncException(SyncException.Kind.CONFIGURATION, "permissions: " + e.getMessage() + "; give the key"
          + " this permission in Immich (Account Settings > API Keys)", e);
    } catch (ImmichException e) {
      throw new SyncException(SyncException.Kind.SERVER, "the run stopped: " + e.getMessage()
          + "; run again to continue", e);
    } finally {
      pool.shutdownNow();
    }
    return new SyncReport(server.userLabel(), options.dryRun(), discovered, albumsCreated.get(), assetsAdded.get(),
        propertiesChanged.get(), sharesChanged.get(), visibilityChanged.get(), albumsDeleted.get(),
        offlineAssetsRemoved.get(), new ArrayList<>(pending), new ArrayList<>(failures), new ArrayList<>(warnings),
        counter == null ? Map.of() : counter.snapshot(), Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * A root that matches nothing is a typo or a wrong mount: said once. When the search found assets below the roots,
   * that costs nothing; when it found none (a rerun where everything is in albums already), one search of a single
   * asset per root tells.
   */
  private void warnIfNothingIsBelowTheRoots(ImmichServer server, AlbumPlan plan) {
    if (!plan.albums().isEmpty() || plan.skipped().stream()
        .anyMatch(s -> s.reason() != SkipReason.OUTSIDE_ROOTS)) {
      return;
    }
    if (options.album().rootPaths().stream().noneMatch(server::hasAssetBelow)) {
      warn("no asset lies below the root paths " + options.album().rootPaths() + "; run 'folder-albums doctor'"
          + " to see the libraries' import paths");
    }
  }

  private void emit(SyncEvent event) {
    synchronized (events) {
      listener.onEvent(event);
    }
  }

  /**
   * Twice as many workers as {@code threads}: while one waits for its answer, another prepares the next request or
   * parses the last answer. The requests in flight are bounded by the client's connection pool, which the command
   * sizes to {@code threads}.
   */
  private int workers() {
    return 2 * options.threads();
  }

  /**
   * Pages are fetched by {@code threads} workers, not more: every worker past the last page asks for one page too
   * many, and for Immich an empty page past the end costs a database query like any other.
   */
  private int pagesInFlight() {
    return options.threads();
  }

  /** Says which step failed (URL, TLS, key, permissions) in plain words, with the hint that fits. */
  private ImmichServer connect() {
    String url = client.baseUrl();
    try {
      return ImmichServer.connect(client);
    } catch (ImmichServer.UnsupportedVersionException e) {
      throw new SyncException(SyncException.Kind.CONFIGURATION, e.getMessage(), e);
    } catch (ImmichUnauthorizedException e) {
      throw new SyncException(SyncException.Kind.CONNECTION, "API key: Immich at " + url + " did not accept the"
          + " key: check the key (Account Settings > API Keys)", e);
    } catch (ImmichForbiddenException e) {
      throw new SyncException(SyncException.Kind.CONNECTION, "permissions: " + e.getMessage(), e);
    } catch (ImmichTransportException e) {
      boolean tls = e.getMessage() != null && e.getMessage().contains("TLS");
      throw new SyncException(SyncException.Kind.CONNECTION, (tls ? "TLS: " : "URL: ") + "cannot reach Immich at "
          + url + ": " + e.getMessage() + (tls ? "" : "; check the URL and the port, and that Immich is running"), e);
    } catch (ImmichNotFoundException
        | ImmichUnexpectedResponseException e) {
      throw new SyncException(SyncException.Kind.CONNECTION, "URL: " + url + " does not answer as Immich does ("
          + e.getMessage() + "): is this Immich? Give the address you open Immich at in the browser", e);
    } catch (ImmichException e) {
      throw new SyncException(SyncException.Kind.CONNECTION, "URL: Immich at " + url + " failed: " + e.getMessage(),
          e);
    }
  }

  /** Checks the key's permissions once, before the first write: a run with nothing to write never asks. */
  private void beforeWrites(ImmichServer server) {
    if (!options.dryRun() && permissionsChecked.compareAndSet(false, true)) {
      checkPermissions(server);
    }
  }

  /**
   * Fails before the first write when the server says the key lacks a permission this run needs, naming them all,
   * instead of failing album after album.
   */
  private void checkPermissions(ImmichServer server) {
    Optional<Set<String>> granted = server.keyPermissions();
    if (granted.isEmpty() || granted.get().contains("all")) {
      return;
    }
    Set<String> needed = new TreeSet<>(List.of("asset.read", "album.read"));
    boolean writes = !options.dryRun();
    AlbumOptions album = options.album();
    if (writes && options.mode() == Mode.CREATE) {
      needed.addAll(List.of("album.create", "albumAsset.create"));
      if (album.albumOrder() != null || album.commentsAndLikesEnabled() != null || album.albumThumbnail() != null
          || album.readAlbumProperties() || options.updateAlbumPropsMode() > 0) {
        needed.add("album.update");
      }
      if (!album.shareWith().isEmpty() || album.readAlbumProperties()) {
        needed.addAll(List.of("user.read", "albumUser.create"));
      }
      if (options.updateAlbumPropsMode() == 2) {
        needed.add("albumUser.update");
        if (options.deleteConfirm()) {
          needed.add("albumUser.delete");
        }
      }
      if (album.visibility() != null) {
        needed.add("asset.update");
      }
    }
    boolean deletes = writes && options.deleteConfirm();
    if (deletes && (options.mode() != Mode.CREATE || options.syncMode() > 0)) {
      needed.add("album.delete");
      if (options.mode() != Mode.CREATE && album.visibility() != null) {
        needed.add("asset.update");
      }
    }
    if (deletes && options.syncMode() == 2) {
      needed.add("albumAsset.delete");
    }
    needed.removeAll(granted.get());
    if (!needed.isEmpty()) {
      throw new SyncException(SyncException.Kind.CONFIGURATION, "the API key lacks the permission"
          + (needed.size() > 1 ? "s " : " ") + String.join(", ", needed) + " that this run needs; give the key"
          + (needed.size() > 1 ? " these permissions" : " this permission")
          + " in Immich (Account Settings > API Keys)", null);
    }
  }

  private List<Asset> discover(ImmichServer server, ExecutorService pool) {
    boolean notInAlbum = options.mode() == Mode.CREATE && !options.findAssetsInAlbums();
    List<Asset> assets = new ArrayList<>();
    for (Visibility v : discoveredVisibilities()) {
      int before = assets.size();
      assets.addAll(server.discover(new AssetQuery(notInAlbum, v, null, null), options.fetchChunkSize(), pool,
          pagesInFlight(), n -> emit(new SyncEvent.AssetsDiscovered(before + n)),
          malformed -> warn("skipped a malformed asset: " + malformed)));
    }
    emit(new SyncEvent.AssetsDiscovered(assets.size()));
    return assets;
  }


  private void create(ImmichServer server, AlbumPlan plan, List<ExistingAlbum> existing, ExecutorService pool) {
    Set<String> planned = plan.albums().stream().map(PlannedAlbum::name).collect(Collectors.toSet());
    existing = mergeDuplicates(server, existing, planned);
    // Users are read only when sharing needs them: to share, or to name the users exact sharing removes.
    boolean sharing = plan.albums().stream().anyMatch(a -> !a.properties().shareWith().isEmpty())
        || (options.updateAlbumPropsMode() == 2
            && existing.stream().anyMatch(a -> planned.contains(a.name()) && !a.sharedWith().isEmpty()));
    List<ImmichUser> users = sharing ? server.users() : List.of();
    if (options.findAssetsInAlbums()) {
      Set<String> names = plan.albums().stream().map(PlannedAlbum::name).collect(Collectors.toSet());
      existing = withMembers(server, existing, a -> names.contains(a.name()), discoveredVisibilities(), pool);
    }
    PlanDiff.Result diff = PlanDiff.create(plan, existing, users, server.userId(),
        new PlanDiff.Options(options.chunkSize(), options.updateAlbumPropsMode(), options.randomSeed()));
    if (!diff.unknownUsers().isEmpty()) {
      throw new SyncException(SyncException.Kind.CONFIGURATION, "--share-with / share_with: no Immich user is named "
          + String.join(", ", diff.unknownUsers()) + "; use a user's name or email as Immich shows it", null);
    }
    if (!diff.ambiguousUsers().isEmpty()) {
      throw new SyncException(SyncException.Kind.CONFIGURATION, "--share-with / share_with: "
          + String.join("; ", diff.ambiguousUsers()) + " names more than one Immich user; use the email of the"
          + " one you mean", null);
    }
    diff.warnings().forEach(this::warn);
    emit(new SyncEvent.PhaseStarted("apply"));
    List<AlbumAction> actions = new ArrayList<>(diff.actions());
    if ("random-all".equals(options.album().albumThumbnail())) {
      // Every album of the user gets a new random thumbnail: that needs the members of those outside the plan too.
      List<ExistingAlbum> others = withMembers(server, existing, a -> !planned.contains(a.name()),
          List.of(Visibility.TIMELINE, Visibility.ARCHIVE), pool);
      actions.addAll(PlanDiff.shuffleOtherThumbnails(plan, others,
          new PlanDiff.Options(options.chunkSize(), options.updateAlbumPropsMode(), options.randomSeed())));
    }
    applyAlbumActions(server, actions, pool);
    settleUnknownCreates(server);
    if (albumsCreated.get() > 0 && !options.dryRun()) {
      // Another run on the same account (or another tool) may have created the same albums meanwhile.
      mergeDuplicates(server, server.ownAlbums(), planned);
    }
  }

  /**
   * Albums of this configuration that share a name (left by two runs at once, by a create whose outcome was lost,
   * or by the Python tool) are merged: the members of the others are added to the oldest, then the others are
   * deleted. That needs {@code --delete-confirm}; without it, the report says what would be merged.
   *
   * @return the albums, without those merged away
   */
  private List<ExistingAlbum> mergeDuplicates(ImmichServer server, List<ExistingAlbum> existing, Set<String> names) {
    Map<String, List<ExistingAlbum>> byName = new TreeMap<>();
    existing.stream().filter(a -> names.contains(a.name()))
        .forEach(a -> byName.computeIfAbsent(a.name(), n -> new ArrayList<>()).add(a));
    Set<String> mergedAway = new HashSet<>();
    for (Map.Entry<String, List<ExistingAlbum>> group : byName.entrySet()) {
      if (group.getValue().size() < 2) {
        continue;
      }
      List<ExistingAlbum> albums = group.getValue().stream().sorted(ExistingAlbum.OLDEST_FIRST).toList();
      ExistingAlbum keep = albums.get(0);
      String what = "merge " + albums.size() + " albums named '" + group.getKey() + "' into the oldest";
      if (options.dryRun() || !options.deleteConfirm()) {
        pending.add(what + (options.dryRun() ? "" : " (needs --delete-confirm)"));
        continue;
      }
      beforeWrites(server);
      for (ExistingAlbum other : albums.subList(1, albums.size())) {
        try {
          List<String> members = server.members(other.id(), List.of(Visibility.TIMELINE, Visibility.ARCHIVE,
              Visibility.HIDDEN)).stream().sorted().toList();
          for (int i = 0; i < members.size(); i += options.chunkSize()) {
            assetsAdded.addAndGet(server.addAssets(keep.id(), members.subList(i, Math.min(members.size(),
                i + options.chunkSize()))).added());
          }
          server.deleteAlbum(other.id());
          albumsDeleted.incrementAndGet();
          mergedAway.add(other.id());
          warn("merged a second album named '" + group.getKey() + "' into the oldest one");
        } catch (ImmichException e) {
          fail(group.getKey(), what, e);
        }
      }
    }
    return mergedAway.isEmpty() ? existing : existing.stream().filter(a -> !mergedAway.contains(a.id())).toList();
  }

  /**
   * The albums whose create failed ambiguously and had not appeared by the time the look-ups gave up: looked up once
   * more now that the rest of the run has passed. Those still missing are reported, not created again: a second
   * create could duplicate an album the server is still making; the next run finds or creates it.
   */
  private void settleUnknownCreates(ImmichServer server) {
    for (Unsettled u : unsettled) {
      Optional<ExistingAlbum> found;
      try {
        found = server.ownAlbumsNamed(u.name()).stream().min(ExistingAlbum.OLDEST_FIRST);
      } catch (ImmichException e) {
        LOG.debug("looking up album '{}' failed", u.name(), e);
        found = Optional.empty();
      }
      if (found.isPresent()) {
        albumsCreated.incrementAndGet();
        try {
          complete(server, u.name(), u.create(), found.get());
        } catch (ImmichException e) {
          fail(u.name(), "add the album's first assets and shares", e);
        }
        applyAlbum(server, u.name(), u.rest(), found.get().id());
        continue;
      }
      failures.add(new SyncReport.Failure(u.name(), "create album", "Immich did not answer in time and the album"
          + " has not appeared; it was not created again, so that it cannot exist twice; the next run finishes it"));
    }
  }

  private List<Visibility> discoveredVisibilities() {
    return options.findArchivedAssets() || options.mode() == Mode.CLEANUP
        ? List.of(Visibility.TIMELINE, Visibility.ARCHIVE) : List.of(Visibility.TIMELINE);
  }

  /** Fetches, in parallel, the members of the albums that need them; the others are returned as they are. */
  private static List<ExistingAlbum> withMembers(ImmichServer server, List<ExistingAlbum> albums,
      Predicate<ExistingAlbum> needed, List<Visibility> visibilities, ExecutorService pool) {
    List<Future<ExistingAlbum>> futures = new ArrayList<>();
    for (ExistingAlbum a : albums) {
      futures.add(needed.test(a) ? pool.submit(() -> a.withAssetIds(server.members(a.id(), visibilities)))
          : CompletableFuture.completedFuture(a));
    }
    return futures.stream().map(Futures::join).toList();
  }

  private void applyAlbumActions(ImmichServer server, List<AlbumAction> actions, ExecutorService pool) {
    if (!actions.isEmpty()) {
      beforeWrites(server);
    }
    Map<String, List<AlbumAction>> byAlbum = new LinkedHashMap<>();
    List<SetVisibility> visibility = new ArrayList<>();
    for (AlbumAction action : actions) {
      if (action instanceof SetVisibility v) {
        visibility.add(v);
      } else {
        byAlbum.computeIfAbsent(action.album().name(), n -> new ArrayList<>()).add(action);
      }
    }
    AtomicInteger done = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (Map.Entry<String, List<AlbumAction>> e : byAlbum.entrySet()) {
      futures.add(pool.submit(() -> {
        applyAlbum(server, e.getKey(), e.getValue());
        synchronized (events) { // the count and the event together, so that counts arrive in order
          emit(new SyncEvent.AlbumApplied(e.getKey(), done.incrementAndGet(), byAlbum.size()));
        }
      }));
    }
    futures.forEach(Futures::join);
    for (SetVisibility v : visibility) {
      for (int i = 0; i < v.assetIds().size(); i += options.chunkSize()) {
        List<String> chunk = v.assetIds().subList(i, Math.min(v.assetIds().size(), i + options.chunkSize()));
        if (options.dryRun()) {
          pending.add("set visibility " + v.visibility().value() + " on " + chunk.size() + " assets");
          continue;
        }
        try {
          server.setVisibility(chunk, v.visibility());
          visibilityChanged.addAndGet(chunk.size());
        } catch (ImmichException ex) {
          fail(null, "set visibility " + v.visibility().value() + " on " + chunk.size() + " assets", ex);
        }
      }
    }
  }

  private void applyAlbum(ImmichServer server, String name, List<AlbumAction> actions) {
    applyAlbum(server, name, actions, null);
  }

  private void applyAlbum(ImmichServer server, String name, List<AlbumAction> actions, String knownId) {
    String albumId = knownId;
    for (int index = 0; index < actions.size(); index++) {
      AlbumAction action = actions.get(index);
      String id = albumId != null ? albumId : action.album().id();
      if (options.dryRun()) {
        pending.add(describe(action));
        continue;
      }
      try {
        if (action instanceof CreateAlbum c) {
          albumId = createOnce(server, name, c);
          if (albumId == null) {
            unsettled.add(new Unsettled(name, c, List.copyOf(actions.subList(index + 1, actions.size()))));
            return; // the rest waits until the album is known to exist
          }
          albumsCreated.incrementAndGet();
        } else if (action instanceof AddAssets a) {
          ImmichServer.AddResult r = server.addAssets(id, a.assetIds());
          assetsAdded.addAndGet(r.added());
          r.failed().forEach((asset, why) -> failures.add(new SyncReport.Failure(name, "add asset " + asset, why)));
        } else if (action instanceof UpdateAlbum u) {
          server.updateAlbum(id, u.description(), u.thumbnailAssetId(), u.order(), u.commentsAndLikesEnabled());
          propertiesChanged.incrementAndGet();
        } else if (action instanceof ShareAlbum sh) {
          server.share(id, sh.userId(), sh.role());
          sharesChanged.incrementAndGet();
        } else if (action instanceof ChangeRole r) {
          server.changeRole(id, r.userId(), r.role());
          sharesChanged.incrementAndGet();
        } else if (action instanceof UnshareAlbum u) {
          if (!options.deleteConfirm()) {
            pending.add(describe(action) + " (needs --delete-confirm)");
            continue;
          }
          server.unshare(id, u.userId());
          sharesChanged.incrementAndGet();
        } else {
          throw new IllegalStateException("not an album action: " + action);
        }
      } catch (ImmichException e) {
        fail(name, describe(action), e);
        if (action instanceof CreateAlbum) {
          return; // nothing else can be done for an album that does not exist
        }
      }
    }
  }

  /**
   * Creating is never repeated before its outcome is known: after an ambiguous failure (a timeout, a reset, a lost
   * answer, a 5xx) the server may still be making the album, so it is looked up by name after a pause that outlasts
   * the request timeout, a few times.
   *
   * @return the album's id, or {@code null} when it has not appeared (see {@link #settleUnknownCreates})
   */
  private String createOnce(ImmichServer server, String name, CreateAlbum c) {
    Map<String, ShareRole> shares = shares(c);
    try {
      ImmichServer.Created created = server.createAlbum(c.album().name(), c.description(), c.assetIds(), shares);
      assetsAdded.addAndGet(created.assetCount());
      sharesChanged.addAndGet(shares.size());
      if (created.assetCount() < c.assetIds().size()) {
        failures.add(new SyncReport.Failure(name, "add " + (c.assetIds().size() - created.assetCount())
            + " assets while creating the album", "Immich did not add them (not found or no permission)"));
      }
      return created.id();
    } catch (ImmichException e) {
      if (!e.isTransient() || e.statusCode() == 429 || e.statusCode() == 503) {
        throw e; // a definite answer: 429 and 503 say the work was not done
      }
      LOG.debug("creating album '{}' failed ambiguously ({}); looking it up", c.album().name(), e.getMessage());
      // At once first (an answer lost after the work), then after pauses that outlast the request timeout (a server
      // still at work when the client gave up).
      for (int attempt = 0; attempt <= UNKNOWN_CREATE_LOOKUPS; attempt++) {
        if (attempt > 0) {
          pause(options.unknownCreateWait() != null ? options.unknownCreateWait() : client.readTimeout());
        }
        Optional<ExistingAlbum> found = server.ownAlbumsNamed(c.album().name()).stream()
            .min(ExistingAlbum.OLDEST_FIRST);
        if (found.isPresent()) {
          complete(server, name, c, found.get());
          return found.get().id();
        }
      }
      return null;
    }
  }

  private static Map<String, ShareRole> shares(CreateAlbum c) {
    Map<String, ShareRole> shares = new LinkedHashMap<>();
    c.shares().forEach(sh -> shares.put(sh.userId(), sh.role()));
    return shares;
  }

  /** The album exists after an ambiguous create: whether its first assets and shares made it in is unknown. */
  private void complete(ImmichServer server, String name, CreateAlbum c, ExistingAlbum album) {
    if (!c.assetIds().isEmpty()) {
      assetsAdded.addAndGet(server.addAssets(album.id(), c.assetIds()).added());
    }
    for (Map.Entry<String, ShareRole> share : shares(c).entrySet()) {
      if (!album.sharedWith().containsKey(share.getKey())) {
        server.share(album.id(), share.getKey(), share.getValue());
        sharesChanged.incrementAndGet();
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException(SyncException.Kind.CONNECTION, "stopped while waiting for Immich to finish creating"
          + " an album; run again to continue", e);
    }
  }

  /**
   * Deletes albums, never their assets. In CLEANUP and DELETE_ALL, {@code --visibility} is first given to the
   * albums' assets (for example, to bring archived assets back to the timeline).
   */
  private void applyDeletes(ImmichServer server, List<AlbumAction> deletes, int albumCount, boolean guarded,
      boolean withVisibility, ExecutorService pool) {
    if (deletes.isEmpty()) {
      return;
    }
    if (options.deleteConfirm()) {
      beforeWrites(server);
    }
    if (guarded && !options.force() && deletes.size() >= GUARD_MIN_ALBUMS
        && deletes.size() > options.maxDeleteShare() * albumCount) {
      throw new SyncException(SyncException.Kind.GUARD, "this run would delete " + deletes.size() + " of your "
          + albumCount + " albums, more than --max-delete-share " + options.maxDeleteShare() + " allows; check the"
          + " root paths and filters, and add --force if this is intended", null);
    }
    List<Future<?>> futures = new ArrayList<>();
    for (AlbumAction action : deletes) {
      DeleteAlbum d = (DeleteAlbum) action;
      if (options.dryRun() || !options.deleteConfirm()) {
        pending.add(describe(d) + (options.dryRun() ? "" : " (needs --delete-confirm)"));
        continue;
      }
      Visibility visibility = withVisibility ? options.album().visibility() : null;
      futures.add(pool.submit(() -> {
        try {
          if (visibility != null && d.assetCount() > 0) {
            List<String> members = server.members(d.album().id(),
                List.of(Visibility.TIMELINE, Visibility.ARCHIVE, Visibility.HIDDEN)).stream().sorted().toList();
            for (int i = 0; i < members.size(); i += options.chunkSize()) {
              List<String> chunk = members.subList(i, Math.min(members.size(), i + options.chunkSize()));
              server.setVisibility(chunk, visibility);
              visibilityChanged.addAndGet(chunk.size());
            }
          }
          server.deleteAlbum(d.album().id());
          albumsDeleted.incrementAndGet();
        } catch (ImmichException e) {
          fail(d.album().name(), describe(d), e);
        }
      }));
    }
    futures.forEach(Futures::join);
  }

  private void sync(ImmichServer server, AlbumPlan plan, ExecutorService pool) {
    emit(new SyncEvent.PhaseStarted("sync"));
    if (options.syncMode() == 2) {
      removeOfflineAssets(server, plan, pool);
    }
    List<ExistingAlbum> existing = server.ownAlbums();
    Set<String> managed = options.syncOnlyManagedAlbums()
        ? plan.albums().stream().map(PlannedAlbum::name).collect(Collectors.toCollection(HashSet::new)) : null;
    applyDeletes(server, PlanDiff.deleteEmpty(existing, managed), existing.size(), true, false, pool);
  }

  /**
   * Sync mode 2: the offline assets leave the albums this configuration makes, so that those albums can empty and be
   * deleted as in sync mode 1. The assets themselves are left to Immich's own offline handling: an asset a user
   * deletes is never restored by Immich when its file comes back, so trashing it here would lose it after a storage
   * outage. When an asset is back online, the next run puts it back into its album.
   */
  private void removeOfflineAssets(ImmichServer server, AlbumPlan plan, ExecutorService pool) {
    List<Asset> offline = new ArrayList<>();
    for (Visibility v : List.of(Visibility.TIMELINE, Visibility.ARCHIVE)) {
      offline.addAll(server.discover(new AssetQuery(false, v, true, null), options.fetchChunkSize(), pool,
          pagesInFlight(), n -> { }, m -> warn("skipped a malformed asset: " + m)));
    }
    if (offline.isEmpty()) {
      return;
    }
    if (offline.size() > options.maxOfflineAssets() && !options.force()) {
      throw new SyncException(SyncException.Kind.GUARD, offline.size() + " assets are offline, more than"
          + " --max-offline-assets " + options.maxOfflineAssets() + " allows: is a library's storage missing?"
          + " Add --force if they really are gone", null);
    }
    // Where each offline asset belongs by this configuration; those albums are the ones it manages.
    Map<String, List<String>> byAlbum = new TreeMap<>();
    AlbumPlanner.of(options.album(), propsReader).plan(offline).albums().forEach(a -> byAlbum.put(a.name(),
        a.assetIds().stream().sorted().toList()));
    Set<String> managed = plan.albums().stream().map(PlannedAlbum::name).collect(Collectors.toSet());
    managed.addAll(byAlbum.keySet());
    if (options.deleteConfirm()) {
      beforeWrites(server);
    }
    for (ExistingAlbum album : server.ownAlbums()) {
      List<String> ids = byAlbum.get(album.name());
      if (ids == null || !managed.contains(album.name())) {
        continue;
      }
      if (options.dryRun() || !options.deleteConfirm()) {
        pending.add("take " + ids.size() + " offline assets out of '" + album.name() + "'"
            + (options.dryRun() ? "" : " (needs --delete-confirm)"));
        continue;
      }
      for (int i = 0; i < ids.size(); i += options.chunkSize()) {
        List<String> chunk = ids.subList(i, Math.min(ids.size(), i + options.chunkSize()));
        try {
          offlineAssetsRemoved.addAndGet(server.removeAssets(album.id(), chunk));
        } catch (ImmichException e) {
          fail(album.name(), "take " + chunk.size() + " offline assets out of the album", e);
        }
      }
    }
  }

  private void fail(String album, String action, ImmichException e) {
    failures.add(new SyncReport.Failure(album, action, e.getMessage()));
    emit(new SyncEvent.ActionFailed(album, action, e.getMessage()));
    LOG.debug("{}: {} failed", album, action, e);
  }

  private void warn(String message) {
    warnings.add(message);
    emit(new SyncEvent.Warning(message));
  }

  /** @param action an action @return a line for reports and dry runs */
  static String describe(AlbumAction action) {
    if (action instanceof CreateAlbum c) {
      return "create album '" + c.album().name() + "'"
          + (c.assetIds().isEmpty() ? "" : " with " + c.assetIds().size() + " assets")
          + (c.shares().isEmpty() ? "" : ", shared with " + String.join(", ", c.shares().stream()
              .map(sh -> sh.userLabel() + " as " + sh.role().value()).toList()));
    } else if (action instanceof AddAssets a) {
      return "add " + a.assetIds().size() + " assets to '" + a.album().name() + "'";
    } else if (action instanceof UpdateAlbum u) {
      return "update '" + u.album().name() + "':"
          + (u.description() != null ? " description" : "") + (u.thumbnailAssetId() != null ? " thumbnail" : "")
          + (u.order() != null ? " order " + u.order().value() : "")
          + (u.commentsAndLikesEnabled() != null ? " comments and likes " + (u.commentsAndLikesEnabled() ? "on"
              : "off") : "");
    } else if (action instanceof ShareAlbum s) {
      return "share '" + s.album().name() + "' with " + s.userLabel() + " as " + s.role().value();
    } else if (action instanceof ChangeRole r) {
      return "make " + r.userLabel() + " " + r.role().value() + " of '" + r.album().name() + "'";
    } else if (action instanceof UnshareAlbum u) {
      return "stop sharing '" + u.album().name() + "' with " + u.userLabel();
    } else if (action instanceof SetVisibility v) {
      return "set visibility " + v.visibility().value() + " on " + v.assetIds().size() + " assets";
    }
    DeleteAlbum d = (DeleteAlbum) action;
    return "delete album '" + d.album().name() + "' (" + d.assetCount() + " assets stay)";
  }



  /** Configures a run. */
  public static final class Builder {
    private final ImmichClient client;
    private final SyncOptions options;
    private AlbumPropsReader propsReader = AlbumPropsReader.filesystem("", "");
    private SyncListener listener = SyncListener.NONE;
    private RequestCounter counter;

    private Builder(ImmichClient client, SyncOptions options) {
      this.client = Objects.requireNonNull(client);
      this.options = Objects.requireNonNull(options);
    }

    /** @param reader reads {@code .albumprops} files (default: the local file system) @return this builder */
    public Builder propsReader(AlbumPropsReader reader) {
      this.propsReader = Objects.requireNonNull(reader);
      return this;
    }

    /** @param l receives progress events @return this builder */
    public Builder listener(SyncListener l) {
      this.listener = Objects.requireNonNull(l);
      return this;
    }

    /**
     * @param c the counter the client reports to, for the report's request counts; not needed when the client was
     *     built with it as its request listener (as {@link #clientFor} does)
     * @return this builder
     */
    public Builder requestCounter(RequestCounter c) {
      this.counter = c;
      return this;
    }

    /** @return the run */
    public AlbumSync build() {
      return new AlbumSync(this);
    }
  }
}
