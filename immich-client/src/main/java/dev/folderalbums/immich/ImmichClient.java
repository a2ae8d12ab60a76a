package dev.folderalbums.immich;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.error.ImmichUnexpectedResponseException;
import dev.folderalbums.immich.generated.api.AlbumsApi;
import dev.folderalbums.immich.generated.api.AssetsApi;
import dev.folderalbums.immich.generated.api.LibrariesApi;
import dev.folderalbums.immich.generated.api.SearchApi;
import dev.folderalbums.immich.generated.api.ServerApi;
import dev.folderalbums.immich.generated.api.UsersApi;
import dev.folderalbums.immich.generated.invoker.ApiClient;
import dev.folderalbums.immich.generated.invoker.ApiException;
import dev.folderalbums.immich.generated.invoker.Pair;
import dev.folderalbums.immich.generated.model.AlbumResponseDto;
import dev.folderalbums.immich.generated.model.AssetVisibility;
import dev.folderalbums.immich.generated.model.BulkIdResponseDto;
import dev.folderalbums.immich.generated.model.BulkIdsDto;
import dev.folderalbums.immich.generated.model.CreateAlbumDto;
import dev.folderalbums.immich.generated.model.LibraryResponseDto;
import dev.folderalbums.immich.generated.model.MetadataSearchDto;
import dev.folderalbums.immich.generated.model.SearchAssetResponseDto;
import dev.folderalbums.immich.generated.model.SearchResponseDto;
import dev.folderalbums.immich.generated.model.ServerVersionResponseDto;
import dev.folderalbums.immich.generated.model.TimeBucketsResponseDto;
import dev.folderalbums.immich.generated.model.UpdateAlbumDto;
import dev.folderalbums.immich.generated.model.UserAdminResponseDto;
import dev.folderalbums.immich.generated.model.UserResponseDto;
import dev.folderalbums.immich.internal.BaseUrls;
import dev.folderalbums.immich.internal.HttpClientFactory;
import dev.folderalbums.immich.internal.Attempts;
import dev.folderalbums.immich.internal.ImmichApiClient;
import dev.folderalbums.immich.internal.LeanCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for one Immich server and one API key: the generated API classes, wired to a pooled HTTP client that
 * verifies TLS, retries transient failures and raises {@link ImmichException}s.
 *
 * <pre>{@code
 * try (ImmichClient immich = ImmichClient.builder().baseUrl("https://photos.example.com").apiKey(key).build()) {
 *   String version = immich.serverVersion().getMajor() + "." + immich.serverVersion().getMinor();
 *   List<AlbumResponseDto> albums = immich.call(() -> immich.albums().getAllAlbums(null, null, true, null, null));
 * }
 * }</pre>
 *
 * <p>The generated methods declare the checked {@code ApiException}, but through this client they raise only
 * unchecked {@link ImmichException}s; {@link #call(ImmichCall)} saves the caller the formal catch. Thread-safe.
 *
 * <p>The calls a folder sync repeats at every run also come lean, read token by token into small records:
 * {@link #version()}, {@link #whoAmI()}, {@link #keyPermissions()}, {@link #albumSummaries(AlbumQuery)},
 * {@link #createAlbum(NewAlbum)}, {@link #updateAlbum(String, AlbumChanges)}, {@link #addAssets(String, List)},
 * {@link #searchAssetSummaries(AssetSearch)} and {@link #countAssets(AssetSearch)}. The generated client is built on
 * the first generated call, so that a program making only lean calls never pays for its data binding.
 */
public final class ImmichClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ImmichClient.class);

  /** This library's version, as sent in the User-Agent. */
  public static final String VERSION = readVersion();

  private final String baseUrl;
  private final Duration readTimeout;
  private final RequestListener requestListener;
  private final CloseableHttpClient http;
  private final CloseableHttpClient ownedHttpClient;
  private final String apiKey;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Attempts attempts;
  private final LeanCalls lean;
  // Built on the first generated call: its object mapper and data binding are most of a small run's start-up, and
  // the calls of a sync that does not share are all lean.
  private volatile Generated generated;

  /** The generated client and its API classes. */
  private record Generated(ImmichApiClient apiClient, AlbumsApi albums, AssetsApi assets, SearchApi search,
      ServerApi server, UsersApi users, LibrariesApi libraries) {}

  private ImmichClient(Builder b) {
    this.baseUrl = BaseUrls.apiBase(b.baseUrl);
    this.readTimeout = b.readTimeout;
    this.requestListener = b.requestListener;
    if (b.apiKey == null || b.apiKey.isBlank()) {
      throw new IllegalArgumentException("An API key is required");
    }
    CloseableHttpClient http = b.httpClient;
    if (http == null) {
      if (b.insecure) {
        LOG.warn("TLS certificate verification is OFF for {}: anyone on the network path can read the API key and"
            + " your data. Use this only for testing.", baseUrl);
      }
      http = HttpClientFactory.create(b.connectTimeout, b.readTimeout, b.maxConnections, b.insecure,
          b.maxAnswerSize);
      this.ownedHttpClient = http;
    } else {
      this.ownedHttpClient = null;
    }
    this.http = http;
    this.apiKey = b.apiKey.trim();
    this.userAgent = b.userAgent == null ? "folder-albums-immich-client/" + VERSION : b.userAgent;
    this.connectTimeout = b.connectTimeout;
    this.attempts = new Attempts(b.retryPolicy, b.requestListener, b.sleeper);
    this.lean = new LeanCalls(http, baseUrl, apiKey, userAgent, connectTimeout, readTimeout, attempts);
  }

  private Generated generated() {
    Generated g = generated;
    if (g == null) {
      synchronized (this) {
        g = generated;
        if (g == null) {
          ImmichApiClient apiClient = new ImmichApiClient(http, apiKey, attempts);
          apiClient.setBasePath(baseUrl);
          apiClient.setUserAgent(userAgent);
          apiClient.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
          apiClient.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
          g = new Generated(apiClient, new AlbumsApi(apiClient), new AssetsApi(apiClient), new SearchApi(apiClient),
              new ServerApi(apiClient), new UsersApi(apiClient), new LibrariesApi(apiClient));
          generated = g;
        }
      }
    }
    return g;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the API base URL in use, e.g. {@code https://photos.example.com/api} */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * @return how long a request waits for an answer: after a create that timed out, the server may still be working
   *     on it for about this long
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** @return the listener told of every HTTP attempt ({@link RequestListener#NONE} when none was given) */
  public RequestListener requestListener() {
    return requestListener;
  }

  /** @return the albums API */
  public AlbumsApi albums() {
    return generated().albums();
  }

  /** @return the assets API */
  public AssetsApi assets() {
    return generated().assets();
  }

  /** @return the search API */
  public SearchApi search() {
    return generated().search();
  }

  /** @return the server API */
  public ServerApi server() {
    return generated().server();
  }

  /** @return the users API */
  public UsersApi users() {
    return generated().users();
  }

  /** @return the libraries API */
  public LibrariesApi libraries() {
    return generated().libraries();
  }

  /**
   * Any other generated API class, bound to this client, e.g. {@code immich.api(TagsApi::new)}.
   *
   * @param factory the generated class's constructor taking an {@link ApiClient}
   * @param <A> the API class
   * @return a new instance bound to this client
   */
  public <A> A api(Function<ApiClient, A> factory) {
    return factory.apply(generated().apiClient());
  }

  /**
   * Runs a generated API call and returns its result; failures arrive as {@link ImmichException}.
   *
   * @param call the call, e.g. {@code () -> immich.albums().getAlbumInfo(id, null, null)}
   * @param <T> the result type
   * @return the call's result
   */
  public <T> T call(ImmichCall<T> call) {
    try {
      return call.call();
    } catch (ApiException e) {
      // Only reached for failures before a request was made, e.g. a body that cannot be serialised.
      throw new ImmichTransportException("?", "?", false, "Immich call failed before sending: " + e.getMessage(), e);
    }
  }

  /** @return the server's version ({@code GET /server/version}; needs no key) */
  public ServerVersionResponseDto serverVersion() {
    return call(server()::getServerVersion);
  }

  /** @return the key's user ({@code GET /users/me}): the cheapest call that proves the key works */
  public UserAdminResponseDto me() {
    return call(users()::getMyUser);
  }

  /**
   * {@code GET /server/version}, read without data binding (see {@link #serverVersion()} for the generated type).
   *
   * @return the server's version
   */
  public ServerVersion version() {
    ServerVersion v = lean.get("/server/version", null, LeanReaders::version);
    return v == null ? new ServerVersion(0, 0, 0) : v;
  }

  /**
   * {@code GET /users/me}, read without data binding (see {@link #me()} for the generated type).
   *
   * @return the key's user
   */
  public UserSummary whoAmI() {
    UserSummary me = lean.get("/users/me", null, LeanReaders::user);
    return me == null ? new UserSummary(null, null, null) : me;
  }

  /**
   * {@code GET /albums}, read without data binding: the fields of {@link AlbumSummary}, the rest skipped while
   * reading (see {@link #listAlbums(AlbumQuery)} for the generated type).
   *
   * @param query which albums
   * @return the albums
   */
  public List<AlbumSummary> albumSummaries(AlbumQuery query) {
    List<AlbumSummary> albums = lean.get("/albums", queryString(query), LeanReaders::albums);
    return albums == null ? List.of() : albums;
  }

  /**
   * One page of {@code POST /search/metadata} as {@link AssetSummary}s, the body written and the answer read without
   * data binding.
   *
   * @param search the search and its page
   * @return the page
   */
  public AssetSummaryPage searchAssetSummaries(AssetSearch search) {
    AssetSummaryPage page = lean.post("/search/metadata", json -> LeanReaders.search(json, search, true),
        LeanReaders::page);
    return page == null ? new AssetSummaryPage(List.of(), null) : page;
  }

  /**
   * How many assets a search finds, by the server's count ({@code POST /search/statistics}; the key needs
   * {@code asset.statistics}). The search's page, album, path and dates are not sent: the count is of its
   * visibility, album membership and offline state.
   *
   * @param search the search
   * @return the count, or -1 when the answer holds none
   */
  public long countAssets(AssetSearch search) {
    Long total = lean.post("/search/statistics", json -> LeanReaders.search(json, search, false),
        LeanReaders::total);
    return total == null ? -1 : total;
  }

  /**
   * {@code POST /albums}, the body written and the answer read without data binding: Immich 1.x and 2.x answer with
   * every asset of the new album, up to a request's worth of full asset objects, which this skips while reading.
   * Not repeated after a failure that may hide a success, as {@link #createAlbum(CreateAlbumDto)}.
   *
   * @param album the album to create
   * @return the new album
   */
  public AlbumSummary createAlbum(NewAlbum album) {
    AlbumSummary created = lean.post("/albums", json -> LeanReaders.newAlbum(json, album), LeanReaders::album);
    if (created == null) {
      throw new ImmichUnexpectedResponseException("POST", "/albums", 0, null,
          "POST /albums answered without the new album: does the URL point at Immich?", null);
    }
    return created;
  }

  /**
   * {@code PUT /albums/{id}/assets}, the body written and the answer read without data binding (see
   * {@link #addAssetsToAlbum(UUID, List)} for the generated types).
   *
   * @param albumId the album
   * @param assetIds the assets to add, at most a request's worth
   * @return what happened to each asset, in the server's order
   */
  public List<BulkIdResult> addAssets(String albumId, List<String> assetIds) {
    List<BulkIdResult> results = lean.put("/albums/" + encoded(albumId) + "/assets",
        json -> LeanReaders.ids(json, assetIds), LeanReaders::bulkIdResults);
    return results == null ? List.of() : results;
  }

  /**
   * {@code PATCH /albums/{id}}, the body written and the answer read without data binding (see
   * {@link #updateAlbum(UUID, UpdateAlbumDto)} for the generated types).
   *
   * @param albumId the album
   * @param changes what to change
   * @return the album as it is now
   */
  public AlbumSummary updateAlbum(String albumId, AlbumChanges changes) {
    String path = "/albums/" + encoded(albumId);
    AlbumSummary album = lean.patch(path, json -> LeanReaders.changes(json, changes), LeanReaders::album);
    if (album == null) {
      throw new ImmichUnexpectedResponseException("PATCH", path, 0, null,
          "PATCH " + path + " answered without the album: does the URL point at Immich?", null);
    }
    return album;
  }

  /**
   * The permissions of the key in use ({@code GET /api-keys/me}, Immich 2 and later), read without data binding. A key
   * with every permission says {@code all}.
   *
   * @return the permission names as Immich writes them, or empty when the answer names none
   */
  public Optional<List<String>> keyPermissions() {
    return Optional.ofNullable(lean.get("/api-keys/me", null, LeanReaders::permissions));
  }

  private static String encoded(String pathSegment) {
    return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String queryString(AlbumQuery q) {
    StringBuilder query = new StringBuilder();
    parameter(query, "assetId", q.assetId());
    parameter(query, "id", q.albumId());
    parameter(query, "isOwned", q.isOwned());
    parameter(query, "isShared", q.isShared());
    parameter(query, "name", q.name());
    return query.length() == 0 ? null : query.toString();
  }

  /** As the generated client encodes a query parameter: URL-encoded, a space as {@code %20}. */
  private static void parameter(StringBuilder query, String name, Object value) {
    if (value != null) {
      query.append(query.length() == 0 ? "" : "&").append(name).append('=')
          .append(encoded(String.valueOf(value)));
    }
  }

  // The calls most programs make, by name and without the call wrapper; every other one goes through
  // call(() -> api(SomeApi::new).operation(...)), which raises the same ImmichExceptions.

  /**
   * {@code GET /albums} (Immich 3.x parameters).
   *
   * @param query which albums, e.g. {@code AlbumQuery.owned().withName("Rome")}
   * @return the albums
   */
  public List<AlbumResponseDto> listAlbums(AlbumQuery query) {
    return call(() -> albums().getAllAlbums(query.assetId(), query.albumId(), query.isOwned(), query.isShared(),
        query.name()));
  }

  /** @param id an album @return the album ({@code GET /albums/{id}}) */
  public AlbumResponseDto album(UUID id) {
    return call(() -> albums().getAlbumInfo(id, null, null));
  }

  /** @param album what to create, e.g. {@code new CreateAlbumDto().albumName("Rome")} @return the new album */
  public AlbumResponseDto createAlbum(CreateAlbumDto album) {
    return call(() -> albums().createAlbum(album));
  }

  /** @param id an album @param changes what to change @return the album as it is now */
  public AlbumResponseDto updateAlbum(UUID id, UpdateAlbumDto changes) {
    return call(() -> albums().updateAlbumInfo(id, changes));
  }

  /** @param id an album to delete (its assets stay) */
  public void deleteAlbum(UUID id) {
    call(() -> {
      albums().deleteAlbum(id);
      return null;
    });
  }

  /** @param albumId an album @param assetIds assets to add @return what happened to each */
  public List<BulkIdResponseDto> addAssetsToAlbum(UUID albumId, List<UUID> assetIds) {
    return call(() -> albums().addAssetsToAlbum(albumId, new BulkIdsDto().ids(assetIds)));
  }

  /** @param albumId an album @param assetIds assets to take out of it @return what happened to each */
  public List<BulkIdResponseDto> removeAssetsFromAlbum(UUID albumId, List<UUID> assetIds) {
    return call(() -> albums().removeAssetFromAlbum(albumId, new BulkIdsDto().ids(assetIds)));
  }

  /** @return the server's users ({@code GET /users}) */
  public List<UserResponseDto> listUsers() {
    return call(users()::searchUsers);
  }

  /** @return the external libraries ({@code GET /libraries}; an admin key) */
  public List<LibraryResponseDto> listLibraries() {
    return call(libraries()::getAllLibraries);
  }

  /**
   * Pages through {@code POST /search/metadata}, following {@code nextPage} until the server says there is none.
   * The query's {@code page} is the first page to fetch (1 when unset); the query object is not modified.
   *
   * @param query the search; set {@code size} (at most 1000) for the page size
   * @return the pages, fetched lazily one at a time
   */
  public Iterable<SearchAssetResponseDto> searchMetadataPages(MetadataSearchDto query) {
    Objects.requireNonNull(query, "query");
    return () -> new Iterator<>() {
      private Integer nextPage = query.getPage() == null ? 1 : query.getPage();

      @Override
      public boolean hasNext() {
        return nextPage != null;
      }

      @Override
      public SearchAssetResponseDto next() {
        if (nextPage == null) {
          throw new NoSuchElementException();
        }
        MetadataSearchDto pageQuery = copyWithPage(query, nextPage);
        SearchResponseDto response = call(() -> search().searchAssets(pageQuery, null, null));
        SearchAssetResponseDto page = response == null ? null : response.getAssets();
        String next = page == null ? null : page.getNextPage();
        nextPage = next == null || next.isBlank() ? null : Integer.valueOf(next.trim());
        return page == null ? new SearchAssetResponseDto() : page;
      }
    };
  }

  /**
   * One page of {@code POST /search/metadata}, read as {@link AssetSummary}s: for scanning large libraries, where
   * the full generated asset objects would cost memory and time for fields nobody reads.
   *
   * @param query the search, with {@code page} and {@code size} set
   * @return the page
   */
  public AssetSummaryPage searchAssetSummaries(MetadataSearchDto query) {
    AssetSummaryPage.Envelope envelope = generated().apiClient().invokeAPI("/search/metadata", "POST",
        new ArrayList<>(), new ArrayList<>(), null, query, new HashMap<>(), new HashMap<>(), new HashMap<>(),
        "application/json", "application/json", new String[] {"api_key"},
        new TypeReference<AssetSummaryPage.Envelope>() {});
    return envelope == null || envelope.assets() == null ? new AssetSummaryPage(List.of(), null) : envelope.assets();
  }

  /**
   * {@code GET /timeline/buckets}: how many of the user's assets of one visibility each month holds (not trashed),
   * by the assets' local date. Sent with that one parameter, so that its signature does not change with the
   * parameters each Immich version adds; its answer has the same shape from 1.133 to 3.x.
   *
   * @param visibility the visibility to count
   * @return the months that hold assets, each with its count
   */
  public List<TimeBucketsResponseDto> timeBuckets(AssetVisibility visibility) {
    ImmichApiClient apiClient = generated().apiClient();
    List<Pair> query = new ArrayList<>(apiClient.parameterToPair("visibility", visibility));
    List<TimeBucketsResponseDto> buckets = apiClient.invokeAPI("/timeline/buckets", "GET", query, new ArrayList<>(),
        null, null, new HashMap<>(), new HashMap<>(), new HashMap<>(), "application/json", null,
        new String[] {"api_key"}, new TypeReference<List<TimeBucketsResponseDto>>() {});
    return buckets == null ? List.of() : buckets;
  }

  private MetadataSearchDto copyWithPage(MetadataSearchDto query, int page) {
    try {
      ObjectMapper json = generated().apiClient().getObjectMapper();
      MetadataSearchDto copy = json.readValue(json.writeValueAsBytes(query), MetadataSearchDto.class);
      copy.setPage(page);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the search query", e);
    }
  }

  /** Closes the HTTP client this instance created; a caller-supplied one is left to the caller. */
  @Override
  public void close() {
    if (ownedHttpClient != null) {
      try {
        ownedHttpClient.close();
      } catch (IOException e) {
        LOG.debug("closing the HTTP client failed", e);
      }
    }
  }

  @Override
  public String toString() {
    return "ImmichClient[" + baseUrl + "]";
  }

  private static String readVersion() {
    try (InputStream in = ImmichClient.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  /** Configures an {@link ImmichClient}. Not thread-safe; build once and share the client. */
  public static final class Builder {
    private String baseUrl;
    private String apiKey;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(20);
    private long maxAnswerSize = HttpClientFactory.DEFAULT_MAX_ANSWER_BYTES;
    private boolean insecure;
    private String userAgent;
    private int maxConnections = 20;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private RequestListener requestListener = RequestListener.NONE;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private CloseableHttpClient httpClient;

    private Builder() {}

    /**
     * @param url the server, as {@code https://host}, {@code https://host/} , {@code https://host/api} or
     *     {@code https://host/api/}
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * @param key the API key; it is sent only in the {@code x-api-key} header
     * @return this builder
     */
    public Builder apiKey(String key) {
      this.apiKey = key;
      return this;
    }

    /** @param timeout how long to wait for a connection (default 10 s) @return this builder */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * @param bytes the largest JSON answer read (default 64 MB): a larger one fails its request, one line naming the
     *     endpoint and the size, instead of exhausting the heap
     * @return this builder
     */
    public Builder maxAnswerSize(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxAnswerSize must be at least 1024 bytes");
      }
      this.maxAnswerSize = bytes;
      return this;
    }

    /** @param timeout how long to wait for an answer (default 20 s) @return this builder */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Turns TLS certificate and host name verification off, with a warning in the log. For servers with a
     * self-signed certificate on a trusted network only.
     *
     * @param insecure whether to skip verification
     * @return this builder
     */
    public Builder insecure(boolean insecure) {
      this.insecure = insecure;
      return this;
    }

    /** @param userAgent the User-Agent header (default {@code folder-albums-immich-client/VERSION}) @return this builder */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** @param max the connection pool size: at least the number of parallel callers (default 20) @return this builder */
    public Builder maxConnections(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1, was " + max);
      }
      this.maxConnections = max;
      return this;
    }

    /** @param policy how failed requests are retried (default {@link RetryPolicy#DEFAULT}) @return this builder */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** @param listener told of every HTTP attempt @return this builder */
    public Builder requestListener(RequestListener listener) {
      this.requestListener = Objects.requireNonNull(listener, "requestListener");
      return this;
    }

    /**
     * Uses the caller's HTTP client instead of creating one; timeouts still apply per request, but pool size and TLS
     * settings are the caller's, and {@link ImmichClient#close()} leaves it open.
     *
     * @param client the HTTP client
     * @return this builder
     */
    public Builder httpClient(CloseableHttpClient client) {
      this.httpClient = client;
      return this;
    }

    /** For tests: how the client waits between attempts. @param sleeper the sleeper @return this builder */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * @return a new client
     * @throws IllegalArgumentException when the URL or key is missing or malformed
     */
    public ImmichClient build() {
      return new ImmichClient(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }

    @Override
    public String toString() {
      return "ImmichClient.Builder[" + baseUrl + "]";
    }
  }
}
