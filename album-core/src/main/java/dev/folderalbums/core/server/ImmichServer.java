package dev.folderalbums.core.server;

import dev.folderalbums.core.diff.ExistingAlbum;
import dev.folderalbums.core.diff.ImmichUser;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import dev.folderalbums.immich.AlbumChanges;
import dev.folderalbums.immich.AlbumMember;
import dev.folderalbums.immich.AlbumQuery;
import dev.folderalbums.immich.AlbumSummary;
import dev.folderalbums.immich.AssetSearch;
import dev.folderalbums.immich.BulkIdResult;
import dev.folderalbums.immich.AssetSummary;
import dev.folderalbums.immich.AssetSummaryPage;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.NewAlbum;
import dev.folderalbums.immich.ServerVersion;
import dev.folderalbums.immich.UserSummary;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.error.ImmichUnexpectedResponseException;
import dev.folderalbums.immich.generated.model.AddUsersDto;
import dev.folderalbums.immich.generated.model.AlbumUserAddDto;
import dev.folderalbums.immich.generated.model.AlbumUserRole;
import dev.folderalbums.immich.generated.model.AssetBulkUpdateDto;
import dev.folderalbums.immich.generated.model.AssetVisibility;
import dev.folderalbums.immich.generated.model.BulkIdResponseDto;
import dev.folderalbums.immich.generated.model.BulkIdsDto;
import dev.folderalbums.immich.generated.model.TimeBucketsResponseDto;
import dev.folderalbums.immich.generated.model.UpdateAlbumUserDto;
import dev.folderalbums.immich.generated.model.UserResponseDto;
import dev.folderalbums.immich.internal.IsoInstants;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor's view of one Immich server and user, in album-core's own types. The differences between Immich
 * generations (1.135 to 2.x, and 3.x) live here and nowhere else: how the user's own albums are listed and where the
 * owner appears in an album.
 */
public final class ImmichServer {
  /** The oldest supported version. */
  public static final String MIN_VERSION = "1.135.0";
  /** The newest supported major version. */
  public static final int MAX_MAJOR = 3;

  private static final Logger LOG = LoggerFactory.getLogger(ImmichServer.class);
  /** Pages per date window of a not-in-album search: more windows mean more last pages, bigger ones larger sorts. */
  private static final int WINDOW_PAGES = 5;
  /** The size from which a not-in-album search is split into windows: below it, its sorts cost the server little. */
  private static final int WINDOWS_FROM_PAGES = 10;

  private final ImmichClient client;
  private final String version;
  private final boolean v3;
  private final UserSummary me;
  private final int major;
  private volatile Optional<Set<String>> keyPermissions;

  private ImmichServer(ImmichClient client, String version, int major, UserSummary me) {
    this.client = client;
    this.version = version;
    this.major = major;
    this.v3 = major >= 3;
    this.me = me;
  }

  /**
   * Checks the version and the key (by asking who the key belongs to). The two reads go out together: one round trip
   * before the first search. The key's permissions are read later, only by a run that is about to write.
   *
   * @param client the client
   * @return the view
   * @throws UnsupportedVersionException for a version outside 1.135 to 3.x
   */
  public static ImmichServer connect(ImmichClient client) {
    ExecutorService side = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "folder-albums-connect");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<UserSummary> me = side.submit(client::whoAmI);
      // The version's verdict comes first: an unreachable or unsupported server explains every other failure.
      ServerVersion v = client.version();
      int major = v.major();
      int minor = v.minor();
      String version = v.text();
      if (major < 1 || (major == 1 && minor < 135) || major > MAX_MAJOR) {
        throw new UnsupportedVersionException("Immich " + version + " is not supported: folder-albums works with"
            + " Immich 1.135 to " + MAX_MAJOR + ".x");
      }
      UserSummary user = Futures.join(me);
      if (user.id() == null || user.id().isBlank()) {
        // Every album's owner and every share is decided by this id: without it nothing may be written.
        throw new ImmichUnexpectedResponseException("GET", "/users/me", 200, null,
            "GET /users/me answered without the user's id", null);
      }
      return new ImmichServer(client, version, major, user);
    } finally {
      side.shutdownNow(); // after a failure, the other read need not finish its retries
    }
  }

  /** A server version this tool does not support. */
  public static final class UnsupportedVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedVersionException(String message) {
      super(message);
    }
  }

  /**
   * The permissions of the key, when the server tells them ({@code GET /api-keys/me}, Immich 2 and later; 1.x has no
   * such call and is not asked); a key with every permission answers {@code all}. Read once, on the first call.
   *
   * @return the permission names, or empty when the server does not say
   */
  public Optional<Set<String>> keyPermissions() {
    Optional<Set<String>> known = keyPermissions;
    if (known == null) {
      known = major < 2 ? Optional.empty() : readKeyPermissions(client);
      keyPermissions = known;
    }
    return known;
  }

  /**
   * Whether any asset lies below a root: one search of a single asset, for the rare run whose search found none.
   *
   * @param root a root path
   * @return whether Immich has an asset whose path starts with the root
   */
  public boolean hasAssetBelow(String root) {
    String prefix = root.endsWith("/") ? root : root + "/";
    // originalPath matches where the text occurs in the path; the answer is checked for a real prefix.
    AssetSummaryPage page = client.searchAssetSummaries(AssetSearch.of(null).page(1, 1).originalPath(prefix));
    // When the one found holds the text elsewhere but more match, a false alarm is likelier than a missing root.
    return page.items().stream().anyMatch(a -> a.originalPath() != null && a.originalPath().startsWith(prefix))
        || !page.items().isEmpty() && page.nextPage() != null && !page.nextPage().isBlank();
  }

  private static Optional<Set<String>> readKeyPermissions(ImmichClient client) {
    try {
      return client.keyPermissions().map(Set::copyOf);
    } catch (ImmichException e) {
      return Optional.empty(); // older servers, or a key that may not read itself: checked request by request
    }
  }

  /** @return the server's version, e.g. {@code 3.0.3} */
  public String version() {
    return version;
  }

  /** @return the key's user id */
  public String userId() {
    return me.id();
  }

  /** @return the key's user, for reports (email, else name) */
  public String userLabel() {
    return me.email() != null ? me.email() : me.name();
  }

  /**
   * What a search should find.
   *
   * @param notInAlbum only assets in no album
   * @param visibility the visibility
   * @param offline only offline assets ({@code null}: both)
   * @param albumId only members of this album ({@code null}: any)
   */
  public record AssetQuery(boolean notInAlbum, Visibility visibility, Boolean offline, String albumId) {}

  /**
   * Fetches every matching asset, pages in parallel. Page 1 goes alone: on a rerun it is the only (empty) page, and
   * every page past the end is a full query for the database. When it says there is more, a not-in-album search is
   * split into windows of the file date sized by the timeline's month counts ({@link SearchWindows}), each paged
   * from its start, because Immich sorts every matching asset for each page of that search. The server's count of
   * the search decides: windows from {@value #WINDOWS_FROM_PAGES} pages on, and afterwards it confirms that they
   * found every asset, or the whole search is paged too. Smaller counted searches fetch exactly the pages the count
   * gives. Other searches, and servers that give no count, take the next page numbers until a page says there is no
   * next one.
   *
   * <p>Assets are reduced to what planning needs; a malformed one is skipped and reported. Windows overlap, and when
   * the library changes during the paging a page boundary can move: an asset can arrive twice. Duplicates are dropped
   * in one pass at the end, which costs far less than a set that every worker writes to (at a million assets, that
   * set took a third of discovery's time in CPU and garbage collection).
   *
   * @param query what to find
   * @param pageSize assets per page, at most 1000
   * @param pool runs the page requests
   * @param parallelism pages in flight at once
   * @param progress receives, after each page, how many assets have come in so far, duplicates included (from
   *     several threads, one at a time, in increasing order)
   * @param malformed receives a description of each skipped asset
   * @return the distinct assets, in page order
   */
  public List<Asset> discover(AssetQuery query, int pageSize, ExecutorService pool, int parallelism,
      IntConsumer progress, Consumer<String> malformed) {
    Map<Long, List<Asset>> pages = new ConcurrentHashMap<>();
    AtomicInteger received = new AtomicInteger();
    PageFetch fetch = (window, index, page) -> {
      AssetSummaryPage result = client.searchAssetSummaries(query(query, window, page, pageSize));
      List<Asset> assets = new ArrayList<>(result.items().size());
      for (AssetSummary summary : result.items()) {
        Asset asset = toAsset(summary, malformed);
        if (asset != null) {
          assets.add(asset);
        }
      }
      pages.put(((long) index << 32) | page, assets); // page order: the whole search's page 1 first (index -1)
      synchronized (received) { // counts reach the callback in order
        progress.accept(received.addAndGet(assets.size()));
      }
      return result.nextPage() != null && !result.nextPage().isBlank() && !result.items().isEmpty();
    };
    if (fetch.more(SearchWindows.Window.ALL, -1, 1)) {
      // How many a not-in-album search finds, by the server's count: it sizes the paging (no page past the end),
      // decides whether windows pay, and afterwards confirms that they found every asset.
      long total = query.notInAlbum() ? total(query) : -1;
      List<SearchWindows.Window> windows = total >= (long) WINDOWS_FROM_PAGES * pageSize
          ? windows(query.visibility(), pageSize, total) : List.of();
      if (windows.size() > 1) {
        pageWindows(windows, pageSize, fetch, pool, parallelism);
        // The windows rely on the server comparing a date every asset has. Where they found fewer than the count
        // (or the library changed meanwhile), the whole search is paged too.
        List<Asset> found = distinct(pages, received.get());
        if (total <= found.size()) {
          return found;
        }
        LOG.info("the date windows found {} of {} assets; paging the whole search", found.size(), total);
        found = null; // a million assets: let it go before the pages come in
        pageRange(fetch, pool, parallelism, lastPage(total, pageSize));
      } else if (total >= 0) {
        pageRange(fetch, pool, parallelism, lastPage(total, pageSize));
      } else {
        pageOnward(fetch, pool, parallelism);
      }
    }
    return distinct(pages, received.get());
  }

  /** @return the assets of the pages in page order, each once */
  private static List<Asset> distinct(Map<Long, List<Asset>> pages, int received) {
    List<Asset> distinct = new ArrayList<>(received);
    Set<String> ids = new HashSet<>(Math.max(16, received * 4 / 3 + 1));
    for (List<Asset> page : new TreeMap<>(pages).values()) {
      for (Asset asset : page) {
        if (ids.add(asset.id())) {
          distinct.add(asset);
        }
      }
    }
    return distinct;
  }

  /**
   * @return how many assets the search finds, by the server's count ({@code POST /search/statistics}), or -1 when
   *     the server does not say (a key without {@code asset.statistics}): then the whole search is paged
   */
  private long total(AssetQuery query) {
    AssetSearch search = AssetSearch.of(query.visibility().value()).notInAlbum(query.notInAlbum())
        .offline(query.offline());
    try {
      return client.countAssets(search);
    } catch (ImmichException e) {
      LOG.debug("the server's count is not available ({}); the search is paged whole", e.getMessage());
      return -1;
    }
  }

  /** Fetches one page of a window and says whether there is a next one. */
  @FunctionalInterface
  private interface PageFetch {
    boolean more(SearchWindows.Window window, int index, int page);
  }

  private static int lastPage(long total, int pageSize) {
    return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
  }

  /**
   * The whole search's pages 2 to {@code last}, the last page by the server's count, each once and in parallel: no
   * page past the end. If the last one says there is more (the library grew meanwhile), the rest follow one by one.
   */
  private static void pageRange(PageFetch fetch, ExecutorService pool, int parallelism, int last) {
    int upTo = Math.max(2, last);
    AtomicInteger nextPage = new AtomicInteger(2);
    AtomicBoolean grew = new AtomicBoolean();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < Math.min(parallelism, upTo - 1); w++) {
      workers.add(pool.submit(() -> {
        for (int page = nextPage.getAndIncrement(); page <= upTo; page = nextPage.getAndIncrement()) {
          if (fetch.more(SearchWindows.Window.ALL, -1, page) && page == upTo) {
            grew.set(true);
          }
        }
        return null;
      }));
    }
    await(workers);
    int page = upTo + 1; // one page at a time from here: nothing says how many more there are
    while (grew.get() && fetch.more(SearchWindows.Window.ALL, -1, page)) {
      page++;
    }
  }

  /** The whole search from page 2 on: each worker takes the next page number until a page is the last. */
  private static void pageOnward(PageFetch fetch, ExecutorService pool, int parallelism) {
    AtomicInteger nextPage = new AtomicInteger(2);
    AtomicInteger lastPage = new AtomicInteger(Integer.MAX_VALUE);
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < parallelism; w++) {
      workers.add(pool.submit(() -> {
        for (int page = nextPage.getAndIncrement(); page <= lastPage.get(); page = nextPage.getAndIncrement()) {
          if (!fetch.more(SearchWindows.Window.ALL, -1, page)) {
            lastPage.accumulateAndGet(page, Math::min);
          }
        }
        return null;
      }));
    }
    await(workers);
  }

  private static void pageWindows(List<SearchWindows.Window> windows, int pageSize, PageFetch fetch,
      ExecutorService pool, int parallelism) {
    WindowQueue queue = new WindowQueue(windows, pageSize, parallelism - 1);
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < parallelism; w++) {
      workers.add(pool.submit(() -> {
        for (WindowQueue.Task task = queue.take(); task != null; task = queue.take()) {
          boolean more;
          try {
            more = fetch.more(windows.get(task.window()), task.window(), task.page());
          } catch (RuntimeException | Error e) {
            queue.fail();
            throw e;
          }
          queue.done(task, more);
        }
        return null;
      }));
    }
    await(workers);
  }

  /**
   * @param total how many assets the search finds
   * @return windows of about {@value #WINDOW_PAGES} pages of the search each, from the timeline's month counts
   *     (which count every asset, so they are scaled by the search's share of them), or none when the timeline
   *     cannot be read (an older server)
   */
  private List<SearchWindows.Window> windows(Visibility visibility, int pageSize, long total) {
    List<SearchWindows.Month> months = new ArrayList<>();
    try {
      for (TimeBucketsResponseDto bucket : client.timeBuckets(AssetVisibility.fromValue(visibility.value()))) {
        if (bucket.getTimeBucket() != null && bucket.getCount() != null) {
          months.add(new SearchWindows.Month(SearchWindows.monthStart(bucket.getTimeBucket()), bucket.getCount()));
        }
      }
    } catch (ImmichException | DateTimeException e) {
      LOG.debug("the timeline's months cannot be read ({}); the search is paged whole", e.getMessage());
      return List.of();
    }
    long counted = months.stream().mapToLong(SearchWindows.Month::assets).filter(n -> n > 0).sum();
    if (counted == 0) {
      return List.of();
    }
    double share = Math.min(1.0, (double) total / counted);
    return SearchWindows.split(months, (long) Math.ceil(WINDOW_PAGES * pageSize / share)).stream()
        .map(w -> new SearchWindows.Window(w.after(), w.before(), Math.round(w.assets() * share))).toList();
  }

  private static AssetSearch query(AssetQuery query, SearchWindows.Window window, int page, int pageSize) {
    return AssetSearch.of(query.visibility().value()).page(page, pageSize).notInAlbum(query.notInAlbum())
        .offline(query.offline()).albumId(query.albumId()).taken(window.after(), window.before());
  }

  private static Asset toAsset(AssetSummary dto, Consumer<String> malformed) {
    if (dto.id() == null || dto.originalPath() == null) {
      malformed.accept("an asset without id or path (" + dto.id() + ")");
      return null;
    }
    Visibility visibility;
    try {
      visibility = Visibility.parse(dto.visibility() == null ? "" : dto.visibility());
    } catch (IllegalArgumentException e) {
      malformed.accept(dto.originalPath() + ": unknown visibility '" + dto.visibility() + "'");
      return null;
    }
    Instant created;
    try {
      created = IsoInstants.parse(dto.fileCreatedAt());
    } catch (RuntimeException e) {
      malformed.accept(dto.originalPath() + ": no valid file date ('" + dto.fileCreatedAt() + "')");
      return null;
    }
    return new Asset(dto.id(), dto.originalPath(), created, visibility,
        Boolean.TRUE.equals(dto.isOffline()), dto.livePhotoVideoId());
  }

  /** @return the user's own albums (members not fetched: see {@link #members}) */
  public List<ExistingAlbum> ownAlbums() {
    // 3.x lists the user's own albums with isOwned; before, no parameter means "owned".
    List<AlbumSummary> albums = client.albumSummaries(v3 ? AlbumQuery.owned() : AlbumQuery.ALL);
    List<ExistingAlbum> out = new ArrayList<>();
    for (AlbumSummary a : albums) {
      out.add(toAlbum(a));
    }
    return out;
  }

  private void discoverSequential(AssetQuery query, Set<String> ids) {
    for (int page = 1; ; page++) {
      AssetSummaryPage result = client.searchAssetSummaries(query(query, SearchWindows.Window.ALL, page, 1000));
      result.items().forEach(a -> ids.add(a.id()));
      if (result.nextPage() == null || result.nextPage().isBlank()) {
        return;
      }
    }
  }

  /**
   * @param albumId an album
   * @param visibilities the visibilities to look at (those the run discovers: other members cannot be planned)
   * @return its members' ids
   */
  public Set<String> members(String albumId, List<Visibility> visibilities) {
    Set<String> ids = new HashSet<>();
    for (Visibility v : visibilities) {
      discoverSequential(new AssetQuery(false, v, null, albumId), ids);
    }
    return ids;
  }

  /** @param name an album name @return the user's own albums of that name (after an ambiguous create) */
  public List<ExistingAlbum> ownAlbumsNamed(String name) {
    return ownAlbums().stream().filter(a -> a.name().equals(name)).toList();
  }

  private ExistingAlbum toAlbum(AlbumSummary a) {
    Map<String, ShareRole> shared = new LinkedHashMap<>();
    String owner = userId();
    for (AlbumMember u : a.albumUsers()) {
      if (u.userId() == null || u.role() == null) {
        continue;
      }
      if (u.role().equals("owner")) {
        owner = u.userId(); // 3.x: the owner is listed first with role owner
        continue;
      }
      // A role this version does not know is the lesser one.
      shared.put(u.userId(), u.role().equals("editor") ? ShareRole.EDITOR : ShareRole.VIEWER);
    }
    String order = a.order();
    return new ExistingAlbum(a.id(), a.albumName(), owner, a.assetCount() == null ? 0 : a.assetCount(), null, shared,
        a.description(), a.albumThumbnailAssetId(),
        "asc".equals(order) || "desc".equals(order) ? SortOrder.parse(order) : null, a.isActivityEnabled(),
        a.createdAt());
  }

  /** @return every user of the server (for sharing) */
  public List<ImmichUser> users() {
    List<UserResponseDto> users = client.listUsers();
    return users.stream().map(u -> new ImmichUser(u.getId().toString(), u.getName(), u.getEmail())).toList();
  }

  /**
   * The created album.
   *
   * @param id its id
   * @param assetCount how many assets it holds now
   */
  public record Created(String id, int assetCount) {}

  /**
   * @param name the album name
   * @param description the description, or {@code null}
   * @param assetIds assets to put in it at once (Immich skips those the user may not add)
   * @param shares users to share it with at once, by user id
   * @return the new album
   */
  public Created createAlbum(String name, String description, List<String> assetIds,
      Map<String, ShareRole> shares) {
    List<AlbumMember> users = new ArrayList<>();
    shares.forEach((userId, role) -> users.add(new AlbumMember(userId, role == ShareRole.EDITOR ? "editor"
        : "viewer")));
    // Lean: Immich 1.x and 2.x answer with every asset of the new album in full, read here only for the count.
    AlbumSummary album = client.createAlbum(new NewAlbum(name, description, assetIds, users));
    return new Created(album.id(), album.assetCount() == null ? 0 : album.assetCount());
  }

  /**
   * The outcome of one add request.
   *
   * @param added assets added
   * @param duplicates assets that were already there (counted as success)
   * @param failed assets that could not be added, with Immich's reason
   */
  public record AddResult(int added, int duplicates, Map<String, String> failed) {}

  /** @param albumId the album @param assetIds one chunk of assets @return what happened to each */
  public AddResult addAssets(String albumId, List<String> assetIds) {
    int added = 0;
    int duplicates = 0;
    Map<String, String> failed = new LinkedHashMap<>();
    for (BulkIdResult r : client.addAssets(albumId, assetIds)) {
      if (r.success()) {
        added++;
      } else if ("duplicate".equals(r.error())) {
        duplicates++;
      } else {
        failed.put(String.valueOf(r.id()), r.error() == null ? "unknown" : r.error());
      }
    }
    return new AddResult(added, duplicates, failed);
  }

  /** Changes the given album fields; {@code null} ones are left alone. */
  public void updateAlbum(String albumId, String description, String thumbnailAssetId, SortOrder order,
      Boolean activity) {
    client.updateAlbum(albumId, new AlbumChanges(description, thumbnailAssetId, order == null ? null : order.value(),
        activity));
  }

  /** Shares an album. */
  public void share(String albumId, String userId, ShareRole role) {
    AddUsersDto dto = new AddUsersDto().albumUsers(List.of(new AlbumUserAddDto().userId(UUID.fromString(userId))
        .role(role == ShareRole.EDITOR ? AlbumUserRole.EDITOR : AlbumUserRole.VIEWER)));
    client.call(() -> client.albums().addUsersToAlbum(UUID.fromString(albumId), dto));
  }

  /** Changes a shared user's role. */
  public void changeRole(String albumId, String userId, ShareRole role) {
    UpdateAlbumUserDto dto = new UpdateAlbumUserDto()
        .role(role == ShareRole.EDITOR ? AlbumUserRole.EDITOR : AlbumUserRole.VIEWER);
    client.call(() -> {
      client.albums().updateAlbumUser(UUID.fromString(albumId), userId, dto);
      return null;
    });
  }

  /** Stops sharing an album with a user. */
  public void unshare(String albumId, String userId) {
    client.call(() -> {
      client.albums().removeUserFromAlbum(UUID.fromString(albumId), userId);
      return null;
    });
  }

  /**
   * Sets assets' visibility. {@code PUT /assets} is marked deprecated in 3.x, naming itself as replacement; it is
   * the one bulk update that every supported version (1.135 to 3.2) has.
   */
  @SuppressWarnings("deprecation")
  public void setVisibility(List<String> assetIds, Visibility visibility) {
    AssetBulkUpdateDto dto = new AssetBulkUpdateDto().ids(assetIds.stream().map(UUID::fromString).toList())
        .visibility(AssetVisibility.fromValue(visibility.value()));
    client.call(() -> {
      client.assets().updateAssets(dto);
      return null;
    });
  }

  /** Deletes an album; its assets stay. A 404 (already gone) counts as done. */
  public void deleteAlbum(String albumId) {
    try {
      client.call(() -> {
        client.albums().deleteAlbum(UUID.fromString(albumId));
        return null;
      });
    } catch (dev.folderalbums.immich.error.ImmichNotFoundException gone) {
      // already deleted: the goal is reached
    }
  }

  /**
   * Takes assets out of an album; the assets themselves stay.
   *
   * @param albumId the album
   * @param assetIds one chunk of assets
   * @return how many were members and left
   */
  public int removeAssets(String albumId, List<String> assetIds) {
    BulkIdsDto dto = new BulkIdsDto().ids(assetIds.stream().map(UUID::fromString).toList());
    List<BulkIdResponseDto> results = client.call(() -> client.albums().removeAssetFromAlbum(
        UUID.fromString(albumId), dto));
    return (int) results.stream().filter(r -> Boolean.TRUE.equals(r.getSuccess())).count();
  }



  private static void await(List<Future<?>> futures) {
    RuntimeException first = null;
    for (Future<?> f : futures) {
      try {
        Futures.join(f);
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
