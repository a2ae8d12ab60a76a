package dev.folderalbums.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful fake of the Immich REST API (v3.0.3 shapes, or pre-3.0 ones) on WireMock: users with their own API
 * keys, assets, albums with members and shared users, paged metadata search, and fault injection. Every request is
 * recorded. Thread-safe.
 *
 * <pre>{@code
 * try (FakeImmich immich = FakeImmich.start(Generation.V3)) {
 *   FakeUser me = immich.addUser("Me", "me@example.com");
 *   immich.addAssets(me, List.of("/photos/2020/a.jpg", "/photos/2020/b.jpg"));
 *   // point your client at immich.baseUrl() with me.apiKey()
 * }
 * }</pre>
 */
public final class FakeImmich implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private final Generation generation;
  private final WireMockServer server;
  private final Object lock = new Object();
  private final Map<String, FakeUser> usersById = new LinkedHashMap<>();
  private final Map<String, Set<String>> permissions = new HashMap<>();
  private final Map<String, FakeAsset> assets = new LinkedHashMap<>();
  private final Map<String, Album> albums = new LinkedHashMap<>();
  private final Set<String> trashedByUser = new java.util.HashSet<>();
  private final List<Map<String, Object>> libraries = new ArrayList<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong albumsCreated = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private FaultPlan faults = FaultPlan.NONE;
  private Random faultRandom = new Random(0);
  private long outageUntilNanos;
  private long cutOffAfter = Long.MAX_VALUE;
  private int searchPageDelayMillis;
  private long perItemMicros;
  private volatile long createWorkMillis;
  private volatile CostModel costModel;
  private final Set<String> missingEndpoints = new java.util.HashSet<>();
  private Set<String> inAnyAlbum;
  private long inAnyAlbumVersion = -1;
  private long version;
  private final Map<FakeAsset, String> assetJson = new java.util.concurrent.ConcurrentHashMap<>();
  // Paging repeats a query with another page, and a windowed search pages many windows at once: the matches of
  // the last queries are kept for the state of the server they were made in.
  private final Map<String, List<FakeAsset>> cachedMatches = new LinkedHashMap<>(512, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<FakeAsset>> eldest) {
      return size() > 256;
    }
  };

  private static final class Album {
    final String id;
    final String ownerId;
    final Instant createdAt;
    String name;
    String description = "";
    final Set<String> assetIds = new java.util.LinkedHashSet<>();
    final Map<String, String> users = new LinkedHashMap<>();
    String thumbnail;
    String order = "desc";
    boolean activity = true;

    Album(String id, String ownerId, String name, Instant createdAt) {
      this.id = id;
      this.ownerId = ownerId;
      this.name = name;
      this.createdAt = createdAt;
    }
  }

  private FakeImmich(Generation generation) {
    this.generation = generation;
    // Our own request log replaces WireMock's journal, which would keep every response body in memory.
    this.server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new Transformer())
        .containerThreads(30).jettyAcceptors(2).disableRequestJournal().stubRequestLoggingDisabled(true)
        .gzipDisabled(true));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
  }

  /**
   * @param generation the API shapes to answer with
   * @return a started fake; close it when done
   */
  public static FakeImmich start(Generation generation) {
    return new FakeImmich(generation);
  }

  /** @return a started fake with v3 shapes */
  public static FakeImmich start() {
    return start(Generation.V3);
  }

  /** @return the server's base URL, e.g. {@code http://localhost:PORT} (the API is below {@code /api}) */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** @return the API shapes it answers with */
  public Generation generation() {
    return generation;
  }

  /**
   * @param name display name
   * @param email email
   * @return the new user, with a fresh API key
   */
  public FakeUser addUser(String name, String email) {
    synchronized (lock) {
      FakeUser user = new FakeUser(newId("user"), name, email, "key-" + newId("key"));
      usersById.put(user.id(), user);
      return user;
    }
  }

  /**
   * Restricts a user's key to the given permissions (e.g. {@code album.read}); by default a key may do everything.
   *
   * @param user the user
   * @param granted the permissions
   */
  public void restrictKey(FakeUser user, Set<String> granted) {
    synchronized (lock) {
      permissions.put(user.id(), Set.copyOf(granted));
    }
  }

  /**
   * Adds image assets on the timeline, dated a minute apart in the given order.
   *
   * @param owner the owner
   * @param paths their original paths
   * @return the assets
   */
  public List<FakeAsset> addAssets(FakeUser owner, List<String> paths) {
    List<FakeAsset> added = new ArrayList<>();
    synchronized (lock) {
      for (String path : paths) {
        FakeAsset a = new FakeAsset(newId("asset"), owner.id(), path, EPOCH.plusSeconds(60L * assets.size()),
            "timeline", false, false, null, path.matches("(?i).*\\.(mov|mp4)$") ? "VIDEO" : "IMAGE");
        assets.put(a.id(), a);
        added.add(a);
        version++;
      }
    }
    return added;
  }

  /**
   * A library scan that finds an asset's file missing or back, with Immich's rule for the way back: an asset comes
   * back online, and out of the trash, unless a user's delete put it in the trash ({@code library.service.ts}
   * never restores status {@code Trashed}).
   *
   * @param assetId the asset
   * @param present whether the scan finds the file
   */
  public void rescan(String assetId, boolean present) {
    synchronized (lock) {
      FakeAsset a = assets.get(assetId);
      if (a == null) {
        throw new IllegalArgumentException("no asset " + assetId);
      }
      version++;
      if (!present) {
        assets.put(assetId, a.withOffline(true));
      } else {
        assets.put(assetId, a.withOffline(false).withTrashed(trashedByUser.contains(assetId)));
      }
    }
  }

  /** @param asset an asset to add or replace (by id) */
  public void putAsset(FakeAsset asset) {
    synchronized (lock) {
      version++;
      assets.put(asset.id(), asset);
    }
  }

  /**
   * Creates an album directly, as if a user had.
   *
   * @param owner the owner
   * @param name the name
   * @param assetIds its members
   * @return the album's id
   */
  public String addAlbum(FakeUser owner, String name, List<String> assetIds) {
    synchronized (lock) {
      Album album = new Album(newId("album"), owner.id(), name, nextCreatedAt());
      album.assetIds.addAll(assetIds);
      albums.put(album.id, album);
      version++;
      return album.id;
    }
  }

  /** @param importPaths an external library's import paths @param owner its owner */
  public void addLibrary(FakeUser owner, List<String> importPaths) {
    synchronized (lock) {
      Map<String, Object> lib = new LinkedHashMap<>();
      lib.put("id", newId("library"));
      lib.put("name", "Library " + (libraries.size() + 1));
      lib.put("ownerId", owner.id());
      lib.put("importPaths", importPaths);
      lib.put("exclusionPatterns", List.of());
      lib.put("assetCount", 0);
      lib.put("createdAt", EPOCH.toString());
      lib.put("updatedAt", EPOCH.toString());
      lib.put("refreshedAt", null);
      libraries.add(lib);
    }
  }

  /** @param plan the faults to inject from now on */
  public void faults(FaultPlan plan) {
    synchronized (lock) {
      this.faults = plan;
      this.faultRandom = new Random(plan.seed());
    }
  }

  /**
   * Makes album creation slow: {@code POST /albums} does its work only after this long (the album appears then), as
   * a busy server does. A client with a shorter timeout gives up while the album is still being made.
   *
   * @param work how long a create takes; zero for none
   */
  public void slowCreates(Duration work) {
    this.createWorkMillis = work.toMillis();
  }

  /** @param millis extra latency for every search page (a per-item server cost stand-in) */
  public void searchLatency(int millis) {
    synchronized (lock) {
      this.searchPageDelayMillis = millis;
    }
  }

  /**
   * A server cost per search result item, added to the page's latency (a stand-in for Immich's database work).
   *
   * @param micros microseconds per item
   */
  public void searchCostPerItem(long micros) {
    synchronized (lock) {
      this.perItemMicros = micros;
    }
  }

  /**
   * What a search page costs a real server's database, as latency: a base cost per page, a cost per asset skipped to
   * reach the page's offset, and, for a not-in-album search, a cost per matching asset (Immich's query sorts every
   * unassigned asset whatever the page). Lets the harness compare discovery strategies without a real server.
   *
   * @param pageMicros per page
   * @param offsetItemMicros per asset before the page
   * @param unassignedItemMicros per matching asset of a not-in-album search
   */
  public record CostModel(long pageMicros, double offsetItemMicros, double unassignedItemMicros) {
    /** Measured on a real Immich 1.135.3 at 500,000 assets: 40 ms a page, 0.2 s at offset 500,000, 1.4 s unassigned. */
    public static final CostModel IMMICH_1_135 = new CostModel(40_000, 0.3, 2.8);
  }

  /** @param model the database cost to add to search pages, or {@code null} for none */
  public void searchCostModel(CostModel model) {
    this.costModel = model;
  }

  /** Prepares every asset's JSON now, so that a benchmark measures its client, not the fake's first page. */
  public void warmUp() {
    for (FakeAsset a : assets()) {
      assetJson.computeIfAbsent(a, x -> Response.json(200, asset(x)).body());
    }
  }

  /**
   * Answers one endpoint with 404, as a server that does not have it does (an older version, or a proxy that does
   * not pass it on).
   *
   * @param endpoint the endpoint as {@link RecordedRequest#endpoint()} names it, e.g. {@code GET /timeline/buckets}
   */
  public void withoutEndpoint(String endpoint) {
    synchronized (lock) {
      missingEndpoints.add(endpoint);
    }
  }

  /** Answers every request with 502 for the given time, as a proxy does while the server restarts. */
  public void outage(Duration duration) {
    synchronized (lock) {
      outageUntilNanos = System.nanoTime() + duration.toNanos();
    }
  }

  /**
   * Simulates the client process dying: every request after the next {@code n} gets its connection reset and
   * changes nothing, until {@link #restore()}.
   *
   * @param n how many more requests are served normally
   */
  public void cutOffAfter(long n) {
    synchronized (lock) {
      cutOffAfter = requests.size() + n;
    }
  }

  /** Ends a {@link #cutOffAfter(long)}, an {@link #outage(Duration)} and every injected fault. */
  public void restore() {
    synchronized (lock) {
      cutOffAfter = Long.MAX_VALUE;
      outageUntilNanos = 0;
      faults = FaultPlan.NONE;
    }
  }

  /** @return every request so far, in arrival order */
  public List<RecordedRequest> requests() {
    synchronized (lock) {
      return List.copyOf(requests);
    }
  }

  /** @return the write requests so far that the server answered with success */
  public List<RecordedRequest> successfulWrites() {
    return requests().stream().filter(r -> r.isWrite() && r.status() >= 200 && r.status() < 300).toList();
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    synchronized (lock) {
      requests.clear();
      maxInFlight.set(0);
    }
  }

  /**
   * @return the most requests the fake was serving at once (latency included) since it started or since
   *     {@link #clearRequests()}: what a client's parallelism looks like from the server
   */
  public int maxConcurrentRequests() {
    return maxInFlight.get();
  }

  /**
   * Deletes every album the user owns, as a reset between rounds of a test or benchmark; the assets stay.
   *
   * @param owner a user
   */
  public void removeAlbums(FakeUser owner) {
    synchronized (lock) {
      albums.values().removeIf(a -> a.ownerId.equals(owner.id()));
      version++;
    }
  }

  /** @param owner a user @return snapshots of that user's own albums, by name then id */
  public List<FakeAlbum> albums(FakeUser owner) {
    synchronized (lock) {
      return albums.values().stream().filter(a -> a.ownerId.equals(owner.id()))
          .sorted((x, y) -> x.name.equals(y.name) ? x.id.compareTo(y.id) : x.name.compareTo(y.name))
          .map(a -> new FakeAlbum(a.id, a.name, a.ownerId, a.description, List.copyOf(a.assetIds),
              Map.copyOf(a.users), a.thumbnail, a.order, a.activity))
          .toList();
    }
  }

  /** @param id an asset id @return the asset as it is now */
  public FakeAsset asset(String id) {
    synchronized (lock) {
      return assets.get(id);
    }
  }

  /** @return every asset, in insertion order */
  public List<FakeAsset> assets() {
    synchronized (lock) {
      return List.copyOf(assets.values());
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Albums are created a second apart, so that "the oldest" is well defined. */
  private Instant nextCreatedAt() {
    return EPOCH.plusSeconds(albumsCreated.incrementAndGet());
  }

  private String newId(String kind) {
    return UUID.nameUUIDFromBytes((kind + "-" + ids.incrementAndGet()).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Routes every request to the state machine. */
  private final class Transformer implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return "fake-immich";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        return serve(event);
      } finally {
        inFlight.decrementAndGet();
      }
    }

    private ResponseDefinition serve(ServeEvent event) {
      Request request = event.getRequest();
      String url = request.getUrl();
      String method = request.getMethod().getName();
      String rawPath = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      String path = rawPath.startsWith("/api") ? rawPath.substring(4) : rawPath;
      Map<String, String> query = query(url);
      String body = request.getBodyAsString();
      String key = request.getHeader("x-api-key");
      long receivedAt = System.currentTimeMillis();
      long work = createWorkMillis;
      if (work > 0 && method.equals("POST") && path.equals("/albums")) {
        // The work itself takes this long: a client that gives up earlier finds the album only afterwards.
        try {
          Thread.sleep(work);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Response response;
      int delay;
      boolean lost = false;
      synchronized (lock) {
        delay = faults.latencyMillis();
        if (faults.spikeRate() > 0 && faultRandom.nextDouble() < faults.spikeRate()) {
          delay += faults.spikeMillis();
        }
        if (requests.size() >= cutOffAfter) {
          response = null;
        } else if (System.nanoTime() < outageUntilNanos) {
          response = Response.error(502, "Bad Gateway");
        } else if (faults.resetRate() > 0 && faultRandom.nextDouble() < faults.resetRate()) {
          response = null;
        } else if (faults.errorRate() > 0 && faultRandom.nextDouble() < faults.errorRate()) {
          response = Response.error(faults.errorStatuses().get(faultRandom.nextInt(faults.errorStatuses().size())),
              "Injected fault");
        } else {
          try {
            response = handle(method, path, query, body, key);
          } catch (BadRequest e) {
            response = Response.error(400, e.getMessage());
          } catch (RuntimeException e) {
            response = Response.error(500, "Fake failed: " + e);
          }
          if (faults.lostResponseRate() > 0 && faultRandom.nextDouble() < faults.lostResponseRate()) {
            lost = true; // the work is done, but the client will never hear of it
          }
          if (path.startsWith("/search/")) {
            delay += searchPageDelayMillis;
          }
        }
        if (response != null && !method.equals("GET") && !path.startsWith("/search/")) {
          version++; // any write may change what a search finds
        }
        if (response != null && response.costMicros() > 0) {
          delay += (int) (response.costMicros() / 1000);
        }
        if (response != null && path.startsWith("/search/") && perItemMicros > 0) {
          delay += (int) (response.items * perItemMicros / 1000);
        }
      }
      if (response != null) {
        response = response.materialised();
      }
      synchronized (lock) {
        requests.add(new RecordedRequest(method, path, url, response == null ? 0 : response.status, body, key,
            response == null || response.body == null ? 0 : response.body.length(), receivedAt,
            response == null ? 0 : response.costMicros()));
      }
      ResponseDefinitionBuilder out = aResponse();
      if (response == null || lost) {
        return out.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
      }
      out.withStatus(response.status);
      if (response.body != null) {
        out.withHeader("Content-Type", "application/json; charset=utf-8").withBody(response.body);
      }
      if (delay > 0) {
        // Waited here rather than by WireMock, so that the request counts as in flight for all of it.
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return out.build();
    }
  }

  private static Map<String, String> query(String url) {
    Map<String, String> q = new HashMap<>();
    int i = url.indexOf('?');
    if (i < 0) {
      return q;
    }
    for (String pair : url.substring(i + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  private record Response(int status, String body, int items, long costMicros,
      java.util.function.Supplier<String> lazyBody) {
    Response(int status, String body) {
      this(status, body, 0, 0, null);
    }

    Response(int status, String body, int items) {
      this(status, body, items, 0, null);
    }

    /** Serialised after the state lock is released, so that large pages do not hold up other requests. */
    Response materialised() {
      return lazyBody == null ? this : new Response(status, lazyBody.get(), items, costMicros, null);
    }

    static Response json(int status, Object value) {
      try {
        return new Response(status, JSON.writeValueAsString(value));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    static Response error(int status, String message) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("message", message);
      m.put("error", status == 400 ? "Bad Request" : status == 401 ? "Unauthorized" : status == 403 ? "Forbidden"
          : status == 404 ? "Not Found" : "Error");
      m.put("statusCode", status);
      m.put("correlationId", "fake");
      return json(status, m);
    }

    static Response noContent() {
      return new Response(204, null);
    }
  }

  // ---- the API ---------------------------------------------------------------------------------------------------

  private Response handle(String method, String path, Map<String, String> q, String body, String key) {
    String route = method + " " + path.replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}");
    if (missingEndpoints.contains(route)) {
      return Response.error(404, "Cannot " + method + " /api" + path);
    }
    if (route.equals("GET /server/version")) {
      String[] v = generation.version().split("\\.");
      return Response.json(200, Map.of("major", Integer.parseInt(v[0]), "minor", Integer.parseInt(v[1]),
          "patch", Integer.parseInt(v[2])));
    }
    if (route.equals("GET /server/ping")) {
      return Response.json(200, Map.of("res", "pong"));
    }
    if (key == null || key.isEmpty()) {
      return Response.error(401, "Authentication required");
    }
    FakeUser me = usersById.values().stream().filter(u -> u.apiKey().equals(key)).findFirst().orElse(null);
    if (me == null) {
      return Response.error(401, "Invalid API key");
    }
    String permission = permission(route);
    Set<String> granted = permissions.get(me.id());
    if (permission != null && granted != null && !granted.contains(permission) && !granted.contains("all")) {
      return Response.error(403, "Missing required permission: " + permission);
    }
    JsonNode json = body == null || body.isBlank() ? JSON.nullNode() : readJson(body);
    String[] parts = path.split("/");
    return switch (route) {
      case "GET /users/me" -> Response.json(200, userAdmin(me));
      case "GET /api-keys/me" -> generation == Generation.V1
          ? Response.error(400, "Validation failed (uuid is expected)")
          : Response.json(200, Map.of("id", newId("apikey"), "name", "folder-albums",
          "createdAt", EPOCH.toString(), "updatedAt", EPOCH.toString(),
          "permissions", granted == null ? List.of("all") : granted.stream().sorted().toList()));
      case "GET /users" -> Response.json(200, usersById.values().stream().map(FakeImmich::user).toList());
      case "GET /libraries" -> Response.json(200, libraries);
      case "POST /search/metadata" -> search(me, json);
      case "GET /timeline/buckets" -> timeBuckets(me, q);
      case "POST /search/statistics" -> statistics(me, json);
      case "GET /albums" -> Response.json(200, listAlbums(me, q));
      case "POST /albums" -> createAlbum(me, json);
      case "GET /albums/{id}" -> withAlbum(parts[2], me, false, a -> Response.json(200,
          album(a, !"true".equals(q.get("withoutAssets")))));
      case "PATCH /albums/{id}" -> withAlbum(parts[2], me, true, a -> updateAlbum(a, json));
      case "DELETE /albums/{id}" -> withAlbum(parts[2], me, true, a -> {
        albums.remove(a.id);
        return Response.noContent();
      });
      case "PUT /albums/{id}/assets" -> withAlbum(parts[2], me, false, a -> addAssets(me, a, json));
      case "DELETE /albums/{id}/assets" -> withAlbum(parts[2], me, false, a -> removeAssets(a, json));
      case "PUT /albums/{id}/users" -> withAlbum(parts[2], me, true, a -> addUsers(a, json));
      case "PUT /albums/{id}/user/{id}" -> withAlbum(parts[2], me, true, a -> {
        if (!a.users.containsKey(parts[4])) {
          throw new BadRequest("Album not shared with user");
        }
        a.users.put(parts[4], json.path("role").asText());
        return Response.noContent();
      });
      case "DELETE /albums/{id}/user/{id}" -> withAlbum(parts[2], me, true, a -> {
        if (a.users.remove(parts[4]) == null) {
          throw new BadRequest("Album not shared with user");
        }
        return Response.noContent();
      });
      case "PUT /assets" -> updateAssets(me, json);
      case "DELETE /assets" -> deleteAssets(me, json);
      default -> Response.error(404, "Cannot " + method + " /api" + path);
    };
  }

  private static String permission(String route) {
    return switch (route) {
      case "GET /users/me", "GET /users" -> "user.read";
      case "GET /libraries" -> "library.read";
      case "POST /search/metadata" -> "asset.read";
      case "GET /timeline/buckets" -> "asset.read";
      case "POST /search/statistics" -> "asset.statistics";
      case "GET /albums", "GET /albums/{id}" -> "album.read";
      case "POST /albums" -> "album.create";
      case "PATCH /albums/{id}" -> "album.update";
      case "DELETE /albums/{id}" -> "album.delete";
      case "PUT /albums/{id}/assets" -> "albumAsset.create";
      case "DELETE /albums/{id}/assets" -> "albumAsset.delete";
      case "PUT /albums/{id}/users" -> "albumUser.create";
      case "PUT /albums/{id}/user/{id}" -> "albumUser.update";
      case "DELETE /albums/{id}/user/{id}" -> "albumUser.delete";
      case "PUT /assets" -> "asset.update";
      case "DELETE /assets" -> "asset.delete";
      default -> null;
    };
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new BadRequest("Invalid JSON body");
    }
  }

  private Response withAlbum(String id, FakeUser me, boolean ownerOnly,
      java.util.function.Function<Album, Response> action) {
    Album a = albums.get(id);
    boolean access = a != null && (a.ownerId.equals(me.id()) || (!ownerOnly && a.users.containsKey(me.id())));
    if (!access) {
      throw new BadRequest("Not found or no album access");
    }
    return action.apply(a);
  }

  private Response search(FakeUser me, JsonNode q) {
    int size = q.path("size").asInt(250);
    int page = q.path("page").asInt(1);
    if (size < 1 || size > 1000) {
      throw new BadRequest("size must not be greater than 1000");
    }
    if (page < 1) {
      throw new BadRequest("page must not be less than 1");
    }
    List<FakeAsset> matches = matches(me, q);
    int from = Math.min(matches.size(), (page - 1) * size);
    int to = Math.min(matches.size(), from + size);
    List<FakeAsset> pageAssets = List.copyOf(matches.subList(from, to)); // immutable records: safe outside the lock
    String nextPage = to < matches.size() ? String.valueOf(page + 1) : null;
    // The database's cost, when modelled: skipping to the offset, and for a not-in-album query the anti-join and sort
    // of every matching (unassigned) asset, whatever the page.
    CostModel cost = costModel;
    long costMicros = cost == null ? 0 : cost.pageMicros() + (long) (from * cost.offsetItemMicros())
        + (q.path("isNotInAlbum").asBoolean(false) ? (long) (matches.size() * cost.unassignedItemMicros()) : 0);
    return new Response(200, null, pageAssets.size(), costMicros, () -> {
      // Each asset's JSON is made once per version of the asset: large pages cost the fake little CPU.
      StringBuilder json = new StringBuilder(pageAssets.size() * 900 + 200);
      json.append("{\"albums\":{\"total\":0,\"count\":0,\"items\":[],\"facets\":[]},\"assets\":{\"total\":")
          .append(pageAssets.size()).append(",\"count\":").append(pageAssets.size()).append(",\"items\":[");
      for (int i = 0; i < pageAssets.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        json.append(assetJson.computeIfAbsent(pageAssets.get(i), a -> Response.json(200, asset(a)).body()));
      }
      json.append("],\"facets\":[],\"nextPage\":").append(nextPage == null ? "null" : "\"" + nextPage + "\"")
          .append("}}");
      return json.toString();
    });
  }

  /**
   * What a search finds, cached per state of the server: paging repeats a query with another page, and a windowed
   * search asks many date windows of one query, which are cut from that query's matches sorted by date (as an index
   * on the date would give them) rather than matched again.
   */
  private List<FakeAsset> matches(FakeUser me, JsonNode q) {
    com.fasterxml.jackson.databind.node.ObjectNode signature = q.deepCopy();
    signature.remove(List.of("page", "size"));
    String key = me.id() + "|" + version + "|" + signature;
    List<FakeAsset> cached = cachedMatches.get(key);
    if (cached != null) {
      return cached;
    }
    List<FakeAsset> found;
    if (q.hasNonNull("takenAfter") || q.hasNonNull("takenBefore")) {
      Instant after = instant(q, "takenAfter");
      Instant before = instant(q, "takenBefore");
      signature.remove(List.of("takenAfter", "takenBefore"));
      String byDateKey = me.id() + "|" + version + "|" + signature + "|by date";
      List<FakeAsset> byDate = cachedMatches.get(byDateKey);
      if (byDate == null) {
        byDate = matches(me, signature).stream().filter(a -> a.fileCreatedAt() != null)
            .sorted(Comparator.comparing(FakeAsset::fileCreatedAt)).toList();
        cachedMatches.put(byDateKey, byDate);
      }
      // Both bounds are inclusive; a null date matches no bound.
      int from = after == null ? 0 : firstNotBefore(byDate, after);
      int to = before == null ? byDate.size() : firstNotBefore(byDate, before.plusNanos(1));
      found = byDate.subList(from, Math.max(from, to));
    } else {
      found = match(me, q);
    }
    cachedMatches.put(key, found);
    return found;
  }

  /** @return the ids of the assets in any album, computed once per state of the server */
  private Set<String> inAnyAlbum() {
    if (inAnyAlbumVersion != version || inAnyAlbum == null) {
      Set<String> ids = new java.util.HashSet<>();
      albums.values().forEach(a -> ids.addAll(a.assetIds));
      inAnyAlbum = ids;
      inAnyAlbumVersion = version;
    }
    return inAnyAlbum;
  }

  /** @return the index of the first asset dated at or after the instant, in a list sorted by date */
  private static int firstNotBefore(List<FakeAsset> byDate, Instant instant) {
    int low = 0;
    int high = byDate.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (byDate.get(mid).fileCreatedAt().isBefore(instant)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private List<FakeAsset> match(FakeUser me, JsonNode q) {
    List<String> albumIds = new ArrayList<>();
    q.path("albumIds").forEach(n -> albumIds.add(n.asText()));
    Set<String> inAnyAlbum = q.path("isNotInAlbum").asBoolean(false) ? inAnyAlbum() : Set.of();
    // Members of an album: look at its assets only, not at the whole library.
    Iterable<FakeAsset> candidates = albumIds.isEmpty() ? assets.values()
        : albums.containsKey(albumIds.get(0))
            ? albums.get(albumIds.get(0)).assetIds.stream().map(assets::get).filter(java.util.Objects::nonNull)
                .toList()
            : List.of();
    List<FakeAsset> matches = new ArrayList<>();
    for (FakeAsset a : candidates) {
      if (!a.ownerId().equals(me.id())) {
        continue;
      }
      if (q.has("visibility") ? !a.visibility().equals(q.get("visibility").asText())
          : !(a.visibility().equals("timeline") || a.visibility().equals("archive"))) {
        continue;
      }
      if (a.trashed() && !q.path("withDeleted").asBoolean(false)) {
        continue;
      }
      if (q.has("isOffline") && a.offline() != q.get("isOffline").asBoolean()) {
        continue;
      }
      if (q.path("isNotInAlbum").asBoolean(false) && inAnyAlbum.contains(a.id())) {
        continue;
      }
      if (!albumIds.isEmpty() && !albumIds.stream().allMatch(id -> albums.containsKey(id)
          && albums.get(id).assetIds.contains(a.id()))) {
        continue;
      }
      if (q.has("originalPath") && !a.originalPath().contains(q.get("originalPath").asText())) {
        continue;
      }
      matches.add(a);
    }
    return matches;
  }

  /**
   * {@code POST /search/statistics}: how many assets a search would find. Costs what a page of that search costs,
   * without the offset.
   */
  private Response statistics(FakeUser me, JsonNode q) {
    List<FakeAsset> matches = matches(me, q);
    CostModel cost = costModel;
    long costMicros = cost == null ? 0 : cost.pageMicros()
        + (q.path("isNotInAlbum").asBoolean(false) ? (long) (matches.size() * cost.unassignedItemMicros()) : 0);
    Response json = Response.json(200, Map.of("total", matches.size()));
    return new Response(json.status(), json.body(), 0, costMicros, null);
  }

  private static Instant instant(JsonNode q, String field) {
    if (!q.hasNonNull(field)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(q.get(field).asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequest(field + " must be a valid ISO 8601 date string");
    }
  }

  /**
   * {@code GET /timeline/buckets}: the user's assets of one visibility (default {@code timeline}) by month of their
   * local date (here the file date), newest first, not trashed unless {@code isTrashed=true}. Modelled as a scan of
   * the user's assets in an index: the page cost plus the offset cost for each of them.
   */
  private Response timeBuckets(FakeUser me, Map<String, String> q) {
    String visibility = q.getOrDefault("visibility", "timeline");
    boolean trashed = "true".equals(q.get("isTrashed"));
    Map<String, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
    Map<Long, String> monthOfDay = new HashMap<>(); // days to months: a million dates without a million conversions
    int scanned = 0;
    for (FakeAsset a : assets.values()) {
      if (!a.ownerId().equals(me.id())) {
        continue;
      }
      scanned++;
      if (a.visibility().equals(visibility) && a.trashed() == trashed && a.fileCreatedAt() != null) {
        String month = monthOfDay.computeIfAbsent(Math.floorDiv(a.fileCreatedAt().getEpochSecond(), 86_400L),
            day -> LocalDate.ofEpochDay(day).withDayOfMonth(1).toString());
        counts.merge(month, 1, Integer::sum);
      }
    }
    List<Map<String, Object>> buckets = new ArrayList<>();
    counts.forEach((month, count) -> buckets.add(Map.of("timeBucket", month, "count", count)));
    CostModel cost = costModel;
    long costMicros = cost == null ? 0 : cost.pageMicros() + (long) (scanned * cost.offsetItemMicros());
    Response json = Response.json(200, buckets);
    return new Response(json.status(), json.body(), 0, costMicros, null);
  }

  private List<Map<String, Object>> listAlbums(FakeUser me, Map<String, String> q) {
    return albums.values().stream().filter(a -> {
      boolean owned = a.ownerId.equals(me.id());
      boolean sharedWithMe = a.users.containsKey(me.id());
      if (generation == Generation.V3) {
        if ("true".equals(q.get("isOwned"))) {
          return owned;
        }
        if ("false".equals(q.get("isOwned"))) {
          return sharedWithMe;
        }
        if ("true".equals(q.get("isShared"))) {
          return (owned && !a.users.isEmpty()) || sharedWithMe;
        }
        return owned || sharedWithMe;
      }
      if ("true".equals(q.get("shared"))) {
        return (owned && !a.users.isEmpty()) || sharedWithMe;
      }
      if ("false".equals(q.get("shared"))) {
        return owned && a.users.isEmpty();
      }
      return owned;
    }).filter(a -> !q.containsKey("name") || a.name.equals(q.get("name")))
        .map(a -> album(a, false)).toList();
  }

  private Response createAlbum(FakeUser me, JsonNode json) {
    if (!json.path("albumName").isTextual()) {
      throw new BadRequest("albumName must be a string");
    }
    Album album = new Album(newId("album"), me.id(), json.get("albumName").asText(), nextCreatedAt());
    album.description = json.path("description").asText("");
    for (JsonNode u : json.path("albumUsers")) {
      String userId = u.path("userId").asText();
      if (!usersById.containsKey(userId) || userId.equals(me.id())) {
        throw new BadRequest("User not found or is the owner");
      }
      album.users.put(userId, u.path("role").asText("editor"));
    }
    for (JsonNode id : json.path("assetIds")) {
      FakeAsset a = assets.get(id.asText());
      if (a != null && a.ownerId().equals(me.id()) && !album.assetIds.contains(a.id())) {
        album.assetIds.add(a.id());
      }
    }
    // Immich takes the first of a create request's assets in database order as the cover, not the first sent:
    // modelled by the lowest id.
    album.thumbnail = album.assetIds.stream().min(String::compareTo).orElse(null);
    albums.put(album.id, album);
    // As Immich answers a create: with the new album's assets in full (1.x and 2.x; 3.x lists no assets).
    return Response.json(201, album(album, true));
  }

  private Response updateAlbum(Album a, JsonNode json) {
    if (json.has("albumThumbnailAssetId")) {
      String t = json.get("albumThumbnailAssetId").asText();
      if (!a.assetIds.contains(t)) {
        throw new BadRequest("Invalid album thumbnail");
      }
      a.thumbnail = t;
    }
    if (json.has("albumName")) {
      a.name = json.get("albumName").asText();
    }
    if (json.has("description")) {
      a.description = json.get("description").asText();
    }
    if (json.has("isActivityEnabled")) {
      a.activity = json.get("isActivityEnabled").asBoolean();
    }
    if (json.has("order")) {
      a.order = json.get("order").asText();
    }
    return Response.json(200, album(a, false));
  }

  private Response addAssets(FakeUser me, Album a, JsonNode json) {
    if (!a.ownerId.equals(me.id()) && !"editor".equals(a.users.get(me.id()))) {
      throw new BadRequest("Not found or no albumAsset.create access");
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (JsonNode idNode : json.path("ids")) {
      String id = idNode.asText();
      FakeAsset asset = assets.get(id);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", id);
      if (a.assetIds.contains(id)) {
        r.put("success", false);
        r.put("error", "duplicate");
      } else if (asset == null) {
        r.put("success", false);
        r.put("error", "not_found");
      } else if (!asset.ownerId().equals(me.id())) {
        r.put("success", false);
        r.put("error", "no_permission");
      } else {
        a.assetIds.add(id);
        if (a.thumbnail == null) {
          a.thumbnail = id; // an album without a cover takes the first asset added
        }
        r.put("success", true);
      }
      results.add(r);
    }
    return Response.json(200, results);
  }

  private Response removeAssets(Album a, JsonNode json) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (JsonNode idNode : json.path("ids")) {
      String id = idNode.asText();
      boolean removed = a.assetIds.remove(id);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", id);
      r.put("success", removed);
      if (!removed) {
        r.put("error", "not_found");
      }
      results.add(r);
    }
    return Response.json(200, results);
  }

  private Response addUsers(Album a, JsonNode json) {
    for (JsonNode u : json.path("albumUsers")) {
      String userId = u.path("userId").asText();
      if (userId.equals(a.ownerId)) {
        throw new BadRequest("Cannot be shared with owner");
      }
      if (!usersById.containsKey(userId)) {
        throw new BadRequest("User not found");
      }
      if (a.users.containsKey(userId)) {
        throw new BadRequest("User already added");
      }
      a.users.put(userId, u.path("role").asText("editor"));
    }
    return Response.json(200, album(a, false));
  }

  private Response updateAssets(FakeUser me, JsonNode json) {
    for (JsonNode idNode : json.path("ids")) {
      FakeAsset asset = assets.get(idNode.asText());
      if (asset == null || !asset.ownerId().equals(me.id())) {
        throw new BadRequest("Not found or no asset.update access");
      }
      if (json.has("visibility")) {
        String v = json.get("visibility").asText();
        assets.put(asset.id(), asset.withVisibility(v));
        if (v.equals("locked")) {
          albums.values().forEach(al -> al.assetIds.remove(asset.id())); // locked assets leave every album
        }
      }
    }
    return Response.noContent();
  }

  private Response deleteAssets(FakeUser me, JsonNode json) {
    boolean force = json.path("force").asBoolean(false);
    for (JsonNode idNode : json.path("ids")) {
      FakeAsset asset = assets.get(idNode.asText());
      if (asset == null || !asset.ownerId().equals(me.id())) {
        throw new BadRequest("Not found or no asset.delete access");
      }
      if (force) {
        assets.remove(asset.id());
        albums.values().forEach(al -> al.assetIds.remove(asset.id()));
      } else {
        assets.put(asset.id(), asset.withTrashed(true));
        trashedByUser.add(asset.id());
      }
    }
    return Response.noContent();
  }

  // ---- shapes ----------------------------------------------------------------------------------------------------

  private static Map<String, Object> user(FakeUser u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id());
    m.put("name", u.name());
    m.put("email", u.email());
    m.put("profileImagePath", "");
    m.put("avatarColor", "primary");
    m.put("profileChangedAt", EPOCH.toString());
    return m;
  }

  private static Map<String, Object> userAdmin(FakeUser u) {
    Map<String, Object> m = user(u);
    m.put("isAdmin", true);
    m.put("createdAt", EPOCH.toString());
    m.put("updatedAt", EPOCH.toString());
    m.put("deletedAt", null);
    m.put("oauthId", "");
    m.put("quotaSizeInBytes", null);
    m.put("quotaUsageInBytes", 0);
    m.put("shouldChangePassword", false);
    m.put("status", "active");
    m.put("storageLabel", "admin");
    m.put("license", null);
    return m;
  }

  private Map<String, Object> asset(FakeAsset a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("ownerId", a.ownerId());
    m.put("originalPath", a.originalPath());
    m.put("originalFileName", a.originalPath().substring(a.originalPath().lastIndexOf('/') + 1));
    m.put("originalMimeType", a.type().equals("VIDEO") ? "video/quicktime" : "image/jpeg");
    m.put("fileCreatedAt", a.fileCreatedAt() == null ? null : a.fileCreatedAt().toString());
    m.put("fileModifiedAt", EPOCH.toString());
    m.put("localDateTime", a.fileCreatedAt() == null ? null : a.fileCreatedAt().toString());
    m.put("createdAt", EPOCH.toString());
    m.put("updatedAt", EPOCH.toString());
    m.put("type", a.type());
    m.put("visibility", a.visibility());
    m.put("isArchived", a.visibility().equals("archive"));
    m.put("isOffline", a.offline());
    m.put("isTrashed", a.trashed());
    m.put("isFavorite", false);
    m.put("isEdited", false);
    m.put("hasMetadata", true);
    m.put("livePhotoVideoId", a.livePhotoVideoId());
    m.put("checksum", "c2hhMQ==");
    m.put("thumbhash", null);
    m.put("duration", generation.before3() ? "0:00:00.00000" : null);
    m.put("width", 4000);
    m.put("height", 3000);
    return m;
  }

  private Map<String, Object> album(Album a, boolean withAssets) {
    FakeUser owner = usersById.get(a.ownerId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id);
    m.put("albumName", a.name);
    m.put("description", a.description);
    m.put("albumThumbnailAssetId", a.thumbnail);
    List<Map<String, Object>> albumUsers = new ArrayList<>();
    if (generation == Generation.V3) {
      albumUsers.add(Map.of("user", user(owner), "role", "owner"));
    }
    a.users.forEach((id, role) -> albumUsers.add(Map.of("user", user(usersById.get(id)), "role", role)));
    m.put("albumUsers", albumUsers);
    m.put("assetCount", a.assetIds.size());
    m.put("createdAt", a.createdAt.toString());
    m.put("updatedAt", a.createdAt.toString());
    m.put("hasSharedLink", false);
    m.put("isActivityEnabled", a.activity);
    m.put("shared", !a.users.isEmpty());
    m.put("order", a.order);
    if (generation.before3()) {
      m.put("ownerId", a.ownerId);
      m.put("owner", user(owner));
      if (withAssets) {
        m.put("assets", a.assetIds.stream().map(assets::get).filter(java.util.Objects::nonNull).map(this::asset)
            .toList());
      }
    }
    return m;
  }
}
