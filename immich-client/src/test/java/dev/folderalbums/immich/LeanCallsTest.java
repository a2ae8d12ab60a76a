package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.error.ImmichUnexpectedResponseException;
import dev.folderalbums.immich.generated.api.ApiKeysApi;
import dev.folderalbums.immich.generated.model.AlbumResponseDto;
import dev.folderalbums.immich.generated.model.AlbumUserResponseDto;
import dev.folderalbums.immich.generated.model.AlbumUserCreateDto;
import dev.folderalbums.immich.generated.model.AlbumUserRole;
import dev.folderalbums.immich.generated.model.AssetOrder;
import dev.folderalbums.immich.generated.model.AssetVisibility;
import dev.folderalbums.immich.generated.model.CreateAlbumDto;
import dev.folderalbums.immich.generated.model.MetadataSearchDto;
import dev.folderalbums.immich.generated.model.Permission;
import dev.folderalbums.immich.generated.model.StatisticsSearchDto;
import dev.folderalbums.immich.generated.model.UpdateAlbumDto;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lean calls (read without data binding) against the generated ones on the same answers: the same requests on the
 * wire, the same values read, the same failures with the same messages after the same retries.
 */
class LeanCallsTest extends WireMockSupport {
  @RegisterExtension static WireMockExtension immich = newServer();

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("400 with Immich's messages", jsonStatus(400,
            "{'message':['a must be a string','b must be a string'],'error':'Bad Request','statusCode':400}")),
        Arguments.of("401", jsonStatus(401, "{'message':'Invalid API key','statusCode':401}")),
        Arguments.of("403 naming a permission", jsonStatus(403,
            "{'message':'Missing required permission: server.about','error':'Forbidden','statusCode':403}")),
        Arguments.of("404", jsonStatus(404, "{'message':'Not found'}")),
        Arguments.of("429, retried", jsonStatus(429, "{'message':'slow down'}").withHeader("Retry-After", "0")),
        Arguments.of("500 with an HTML page, retried", aResponse().withStatus(500)
            .withHeader("Content-Type", "text/html").withBody("<html><body>Internal   error</body></html>")),
        Arguments.of("503, retried", jsonStatus(503, "{}")),
        Arguments.of("an HTML page with 200", ok("<html>Please log in</html>").withHeader("Content-Type",
            "text/html")),
        Arguments.of("broken JSON", ok("{\"major\": 3,").withHeader("Content-Type", "application/json")),
        Arguments.of("a redirect", aResponse().withStatus(302).withHeader("Location", "https://elsewhere/")),
        Arguments.of("a connection reset, retried", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  private static ResponseDefinitionBuilder jsonStatus(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json(body));
  }

  /** What a failed call leaves: its exception's class, message, status and how often it was tried. */
  private record Failure(Class<?> type, String message, int status, boolean transientFailure, int attempts) {}

  private Failure failureOf(Function<ImmichClient, Object> call) {
    immich.resetRequests();
    sleeps.clear();
    try (ImmichClient client = clientFor(immich).build()) {
      ImmichException e = catchThrowableOfType(ImmichException.class, () -> call.apply(client));
      assertThat(e).as("the call fails").isNotNull();
      return new Failure(e.getClass(), e.getMessage(), e.statusCode(), e.isTransient(),
          immich.getAllServeEvents().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void aLeanCallFailsAsTheGeneratedOneDoes(String answer, ResponseDefinitionBuilder response) {
    immich.stubFor(get(anyUrl()).willReturn(response));
    Failure generated = failureOf(ImmichClient::serverVersion);
    Failure lean = failureOf(ImmichClient::version);
    if (answer.equals("broken JSON")) {
      // The parser's own words differ with its input source; the verdict and its advice do not.
      assertThat(lean.type()).isEqualTo(generated.type()).isEqualTo(ImmichUnexpectedResponseException.class);
      assertThat(lean.message()).startsWith("GET /server/version answered with a body that is not the JSON")
          .endsWith("(does the URL point at Immich?)");
      assertThat(lean.attempts()).isEqualTo(generated.attempts()).isEqualTo(1);
    } else {
      assertThat(lean).isEqualTo(generated);
    }
  }

  @Test
  void anAnswerOfTheWrongShapeIsAnUnexpectedResponseNotAnEmptyValue() {
    immich.stubFor(get(anyUrl()).willReturn(okJson("[1, 2]")));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(catchThrowableOfType(ImmichException.class, client::version))
          .isInstanceOf(ImmichUnexpectedResponseException.class);
      immich.stubFor(get(anyUrl()).willReturn(okJson("{\"albums\": []}")));
      assertThat(catchThrowableOfType(ImmichException.class, () -> client.albumSummaries(AlbumQuery.ALL)))
          .isInstanceOf(ImmichUnexpectedResponseException.class);
    }
  }

  @Test
  void numbersSentAsTextAreReadAsBindingReadThem() {
    immich.stubFor(get(anyUrl()).willReturn(okJson(json("{'major':'2','minor':7.0,'patch':5,'extra':[1]}"))));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(client.version()).isEqualTo(new ServerVersion(2, 7, 5));
      assertThat(client.version().text()).isEqualTo("2.7.5");
      assertThat(client.serverVersion().getMajor()).isEqualTo(2);
    }
  }

  @Test
  void theRequestsOnTheWireAreTheGeneratedOnes() {
    immich.stubFor(get(anyUrl()).willReturn(okJson(ids("{'id':'#0e','name':'Me',"
        + "'email':'me@example.com'}"))));
    immich.stubFor(get(urlPathEqualTo("/api/albums")).willReturn(okJson("[]")));
    immich.stubFor(post(anyUrl()).willReturn(okJson(json(
        "{'assets':{'items':[],'nextPage':null},'total':0}"))));
    Instant after = Instant.parse("2019-12-31T23:59:59Z");
    Instant before = Instant.parse("2021-01-01T00:00:01.250Z");
    String album = UUID.randomUUID().toString();
    try (ImmichClient client = clientFor(immich).build()) {
      client.me();
      client.whoAmI();
      AlbumQuery query = AlbumQuery.owned().withName("Rome & Paris 100%").withShared(false);
      client.listAlbums(query);
      client.albumSummaries(query);
      client.searchAssetSummaries(new MetadataSearchDto().page(2).size(500).withDeleted(false)
          .visibility(AssetVisibility.ARCHIVE).isNotInAlbum(true).isOffline(false)
          .albumIds(List.of(UUID.fromString(album))).originalPath("/photos/")
          .takenAfter(after.atOffset(ZoneOffset.UTC)).takenBefore(before.atOffset(ZoneOffset.UTC)));
      client.searchAssetSummaries(AssetSearch.of("archive").page(2, 500).notInAlbum(true).offline(false)
          .albumId(album).originalPath("/photos/").taken(after, before));
      client.call(() -> client.search().searchAssetStatistics(new StatisticsSearchDto().isNotInAlbum(true)
          .visibility(AssetVisibility.TIMELINE).isOffline(true)));
      client.countAssets(AssetSearch.of("timeline").notInAlbum(true).offline(true).page(3, 10));
    }
    List<ServeEvent> events = new ArrayList<>(immich.getAllServeEvents());
    Collections.reverse(events); // WireMock lists the newest first
    assertThat(events).hasSize(8);
    for (int i = 0; i < events.size(); i += 2) {
      LoggedRequest generated = events.get(i).getRequest();
      LoggedRequest lean = events.get(i + 1).getRequest();
      assertThat(lean.getMethod()).isEqualTo(generated.getMethod());
      assertThat(lean.getUrl()).isEqualTo(generated.getUrl()).doesNotContain(KEY);
      for (String header : List.of("x-api-key", "Accept", "User-Agent")) {
        assertThat(lean.getHeader(header)).as(header).isEqualTo(generated.getHeader(header)).isNotNull();
      }
      assertThat(lean.getHeader("Authorization")).isNull();
      if (generated.getBodyAsString().isEmpty()) {
        assertThat(lean.getBodyAsString()).isEmpty();
      } else {
        assertThat(lean.getHeader("Content-Type")).startsWith("application/json");
        assertThat(dates(tree(lean.getBodyAsString()))).isEqualTo(dates(tree(generated.getBodyAsString())));
      }
    }
  }

  /** The same instant may be written with more or fewer digits of its fraction. */
  private static JsonNode dates(JsonNode body) {
    for (String field : List.of("takenAfter", "takenBefore")) {
      if (body.has(field)) {
        ((ObjectNode) body).put(field,
            Instant.parse(body.get(field).asText()).toString());
      }
    }
    return body;
  }

  private static JsonNode tree(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static final String ME = uuid("0e");

  /** @param end the last two hex digits @return an id that binding reads as a UUID */
  private static String uuid(String end) {
    return "00000000-0000-4000-8000-0000000000" + end;
  }

  /** {@link #json} with {@code #xx} standing for {@link #uuid}. */
  private static String ids(String singleQuoted) {
    return json(singleQuoted).replaceAll("#([0-9a-f]{2})", "00000000-0000-4000-8000-0000000000$1");
  }

  private static final String ALBUMS_2X = "["
      + "{'id':'#a1','albumName':'Trip','description':'','albumThumbnailAssetId':null,'ownerId':'#0e',"
      + "'owner':{'id':'#0e','name':'Me','email':'me@example.com','avatarColor':'primary'},"
      + "'albumUsers':[{'user':{'id':'#02','name':'Ann','email':'ann@example.com'},'role':'editor'},"
      + "{'user':{'id':'#03','name':'Bo','email':'bo@example.com'},'role':'viewer'}],"
      + "'assets':[{'id':'#c1','originalPath':'/p/a.jpg','exifInfo':{'make':'X'},'people':[]}],"
      + "'assetCount':1,'createdAt':'2024-05-01T10:00:00.000Z','updatedAt':'2024-05-01T10:00:00.000Z',"
      + "'hasSharedLink':false,'isActivityEnabled':true,'shared':true,'order':'asc','startDate':null}]";

  private static final String ALBUMS_3X = "["
      + "{'id':'#a2','albumName':'Rome 2020','description':'Spring','albumThumbnailAssetId':'#f1',"
      + "'albumUsers':[{'user':{'id':'#0e','name':'Me','email':'me@example.com'},'role':'owner'},"
      + "{'user':{'id':'#04','name':'Cy','email':'cy@example.com'},'role':'commenter'}],"
      + "'assetCount':7,'createdAt':'2025-01-02T03:04:05+01:00','isActivityEnabled':false,"
      + "'order':'random','contributorCounts':[{'userId':'#0e','assetCount':7}],'newField':{'a':[1,2]}},"
      + "{'id':'#a3','albumName':'Empty','albumUsers':[],'assetCount':0}]";

  @Test
  void albumsReadAsBindingReadsThemInEachGenerationsShape() {
    for (String body : List.of(ALBUMS_2X, ALBUMS_3X)) {
      immich.stubFor(get(urlPathEqualTo("/api/albums")).willReturn(okJson(ids(body))));
      try (ImmichClient client = clientFor(immich).build()) {
        List<AlbumResponseDto> generated = client.listAlbums(AlbumQuery.ALL);
        List<AlbumSummary> lean = client.albumSummaries(AlbumQuery.ALL);
        assertThat(lean).hasSameSizeAs(generated);
        for (int i = 0; i < lean.size(); i++) {
          AlbumResponseDto g = generated.get(i);
          AlbumSummary l = lean.get(i);
          assertThat(l.id()).isEqualTo(g.getId().toString());
          assertThat(l.albumName()).isEqualTo(g.getAlbumName());
          assertThat(l.description()).isEqualTo(g.getDescription());
          assertThat(l.albumThumbnailAssetId()).isEqualTo(g.getAlbumThumbnailAssetId() == null ? null
              : g.getAlbumThumbnailAssetId().toString());
          assertThat(l.assetCount()).isEqualTo(g.getAssetCount());
          assertThat(l.createdAt()).isEqualTo(g.getCreatedAt() == null ? null : g.getCreatedAt().toInstant());
          assertThat(l.isActivityEnabled()).isEqualTo(g.getIsActivityEnabled());
          assertThat(l.order()).isEqualTo(g.getOrder() == null ? null : g.getOrder().getValue()
              .replace("unknown_default_open_api", "random"));
          List<AlbumUserResponseDto> users = g.getAlbumUsers() == null ? List.of() : g.getAlbumUsers();
          assertThat(l.albumUsers()).extracting(AlbumMember::userId)
              .containsExactlyElementsOf(users.stream().map(u -> u.getUser().getId().toString()).toList());
        }
      }
    }
  }

  @Test
  void theOwnerOfA2xAlbumIsReadFromOwnerId() {
    immich.stubFor(get(urlPathEqualTo("/api/albums")).willReturn(okJson(ids(ALBUMS_2X))));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(client.albumSummaries(AlbumQuery.ALL).get(0).ownerId()).isEqualTo(ME);
    }
  }

  @Test
  void albumsKeepTheRolesAndOrderAsTheServerWritesThem() {
    immich.stubFor(get(urlPathEqualTo("/api/albums")).willReturn(okJson(ids(ALBUMS_3X))));
    try (ImmichClient client = clientFor(immich).build()) {
      AlbumSummary rome = client.albumSummaries(AlbumQuery.owned()).get(0);
      assertThat(rome.albumUsers()).containsExactly(new AlbumMember(ME, "owner"),
          new AlbumMember(uuid("04"), "commenter"));
      assertThat(rome.order()).isEqualTo("random");
      assertThat(rome.createdAt()).isEqualTo(Instant.parse("2025-01-02T02:04:05Z"));
    }
  }

  @Test
  void aCountIsTheTotalOrMinusOneWithout() {
    immich.stubFor(post(urlPathEqualTo("/api/search/statistics")).willReturn(okJson(json("{'total':12345}"))));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(client.countAssets(AssetSearch.of("timeline"))).isEqualTo(12345);
      immich.stubFor(post(urlPathEqualTo("/api/search/statistics")).willReturn(okJson(json("{'total':'3000000000'}"))));
      assertThat(client.countAssets(AssetSearch.of("timeline"))).isEqualTo(3_000_000_000L);
      immich.stubFor(post(urlPathEqualTo("/api/search/statistics")).willReturn(okJson("{}")));
      assertThat(client.countAssets(AssetSearch.of("timeline"))).isEqualTo(-1);
    }
  }

  @Test
  void aSearchPageReadsItsAssetsAndItsNextPage() {
    immich.stubFor(post(urlPathEqualTo("/api/search/metadata")).willReturn(okJson(json(
        "{'albums':{'items':[],'count':0},'assets':{'items':[{'id':'x1','ownerId':'me','originalPath':'/p/a.jpg',"
            + "'fileCreatedAt':'2020-01-01T00:00:00.000Z','visibility':'timeline','isOffline':false,"
            + "'isTrashed':false,'livePhotoVideoId':null,'exifInfo':{'make':'X'}}],'nextPage':'2','total':1}}"))));
    try (ImmichClient client = clientFor(immich).build()) {
      AssetSummaryPage page = client.searchAssetSummaries(AssetSearch.of("timeline"));
      assertThat(page.items()).containsExactly(new AssetSummary("x1", "me", "/p/a.jpg", "2020-01-01T00:00:00.000Z",
          "timeline", false, false, null));
      assertThat(page.nextPage()).isEqualTo("2");
    }
  }

  @Test
  void anAlbumIsCreatedWithTheGeneratedBodyAndItsAnswersAssetsAreSkipped() {
    immich.stubFor(post(urlPathEqualTo("/api/albums")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(ids(
            "{'id':'#a1','albumName':'Rome','albumUsers':[],'assetCount':2,'createdAt':'2026-01-01T00:00:00Z',"
                + "'assets':[{'id':'#c1','originalPath':'/p/a.jpg','exifInfo':{'make':'X','lensModel':null},"
                + "'people':[{'id':'#0e','faces':[]}],'tags':[]},{'id':'#c2','originalPath':'/p/b.jpg'}],"
                + "'ownerId':'#0e','order':'desc'}"))));
    List<String> assets = List.of(uuid("c1"), uuid("c2"));
    try (ImmichClient client = clientFor(immich).build()) {
      client.createAlbum(new CreateAlbumDto().albumName("Rome").description("Spring")
          .assetIds(assets.stream().map(UUID::fromString).toList())
          .albumUsers(List.of(new AlbumUserCreateDto().userId(UUID.fromString(uuid("04")))
              .role(AlbumUserRole.EDITOR))));
      AlbumSummary rome = client.createAlbum(new NewAlbum("Rome", "Spring", assets,
          List.of(new AlbumMember(uuid("04"), "editor"))));
      assertThat(rome.id()).isEqualTo(uuid("a1"));
      assertThat(rome.assetCount()).isEqualTo(2);
      assertThat(rome.order()).isEqualTo("desc");
      client.createAlbum(new CreateAlbumDto().albumName("Bare"));
      client.createAlbum(NewAlbum.named("Bare"));
    }
    List<ServeEvent> events = new ArrayList<>(immich.getAllServeEvents());
    Collections.reverse(events);
    assertThat(events).hasSize(4);
    for (int i = 0; i < events.size(); i += 2) {
      assertThat(tree(events.get(i + 1).getRequest().getBodyAsString()))
          .isEqualTo(tree(events.get(i).getRequest().getBodyAsString()));
    }
  }

  @Test
  void aCreateThatMayHaveSucceededIsNotRepeated() {
    immich.stubFor(post(urlPathEqualTo("/api/albums")).willReturn(aResponse().withStatus(502)));
    try (ImmichClient client = clientFor(immich).build()) {
      assertThat(catchThrowableOfType(ImmichException.class, () -> client.createAlbum(NewAlbum.named("Rome"))))
          .isNotNull();
    }
    assertThat(immich.getAllServeEvents()).hasSize(1);
  }

  @Test
  void anAnswerThatOutlastsTheReadTimeoutFailsAsTheGeneratedCallDoes() {
    // The answer comes long after the client gave up, whatever the machine's load: the outcome is always a timeout.
    immich.stubFor(get(anyUrl()).willReturn(okJson(json("{'major':3,'minor':0,'patch':3}")).withFixedDelay(3000)));
    List<Failure> failures = new ArrayList<>();
    for (Function<ImmichClient, Object> call : List.<Function<ImmichClient, Object>>of(ImmichClient::serverVersion,
        ImmichClient::version)) {
      immich.resetRequests();
      try (ImmichClient client = clientFor(immich).readTimeout(Duration.ofMillis(300))
          .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2)).build()) {
        ImmichException e = catchThrowableOfType(ImmichException.class, () -> call.apply(client));
        assertThat(e).isInstanceOf(ImmichTransportException.class);
        assertThat(((ImmichTransportException) e).isTimeout()).isTrue();
        failures.add(new Failure(e.getClass(), e.getMessage(), e.statusCode(), e.isTransient(),
            immich.getAllServeEvents().size()));
      }
    }
    assertThat(failures.get(1)).isEqualTo(failures.get(0));
    assertThat(failures.get(1).message()).startsWith("GET /server/version failed: timed out (after 2 attempts)");
  }

  @Test
  void assetsAreAddedWithTheGeneratedRequestAndEveryReasonIsKept() {
    immich.stubFor(put(anyUrl()).willReturn(okJson(ids("[{'id':'#c1','success':true},"
        + "{'id':'#c2','success':false,'error':'duplicate'},{'id':'#c3','success':false,'error':'no_permission'},"
        + "{'id':'#c4','success':false,'error':'a_reason_from_a_newer_server'},{'id':'#c5','success':false}]"))));
    List<String> assets = List.of(uuid("c1"), uuid("c2"), uuid("c3"), uuid("c4"), uuid("c5"));
    try (ImmichClient client = clientFor(immich).build()) {
      client.addAssetsToAlbum(UUID.fromString(uuid("a1")), assets.stream().map(UUID::fromString).toList());
      assertThat(client.addAssets(uuid("a1"), assets)).containsExactly(new BulkIdResult(uuid("c1"), true, null),
          new BulkIdResult(uuid("c2"), false, "duplicate"), new BulkIdResult(uuid("c3"), false, "no_permission"),
          new BulkIdResult(uuid("c4"), false, "a_reason_from_a_newer_server"),
          new BulkIdResult(uuid("c5"), false, null));
    }
    List<ServeEvent> events = new ArrayList<>(immich.getAllServeEvents());
    Collections.reverse(events);
    assertThat(events).hasSize(2);
    LoggedRequest generated = events.get(0).getRequest();
    LoggedRequest lean = events.get(1).getRequest();
    assertThat(lean.getMethod()).isEqualTo(generated.getMethod());
    assertThat(lean.getUrl()).isEqualTo(generated.getUrl()).isEqualTo("/api/albums/" + uuid("a1") + "/assets");
    assertThat(tree(lean.getBodyAsString())).isEqualTo(tree(generated.getBodyAsString()));
  }

  @Test
  void anAddIsRetriedAsTheGeneratedOneIs() {
    immich.stubFor(put(anyUrl()).willReturn(jsonStatus(500, "{'message':'deadlock'}")));
    Failure generated = failureOf(c -> c.addAssetsToAlbum(UUID.fromString(uuid("a1")),
        List.of(UUID.fromString(uuid("c1")))));
    Failure lean = failureOf(c -> c.addAssets(uuid("a1"), List.of(uuid("c1"))));
    assertThat(lean).isEqualTo(generated);
    assertThat(lean.attempts()).isEqualTo(3);
  }

  @Test
  void theKeysPermissionsAreItsNamesOrNothingWhenItNamesNone() {
    try (ImmichClient client = clientFor(immich).build()) {
      immich.stubFor(get(urlPathEqualTo("/api/api-keys/me")).willReturn(okJson(ids(
          "{'id':'#0e','name':'sync','createdAt':'2026-01-01T00:00:00Z','permissions':['album.read','asset.read',"
              + "'a.permission.from.a.newer.server']}"))));
      assertThat(client.keyPermissions()).hasValue(List.of("album.read", "asset.read",
          "a.permission.from.a.newer.server"));
      assertThat(client.call(() -> client.api(ApiKeysApi::new).getMyApiKey()).getPermissions())
          .extracting(Permission::getValue).contains("album.read", "asset.read");
      immich.stubFor(get(urlPathEqualTo("/api/api-keys/me")).willReturn(okJson(ids("{'id':'#0e','name':'x'}"))));
      assertThat(client.keyPermissions()).isEmpty();
    }
    List<ServeEvent> events = new ArrayList<>(immich.getAllServeEvents());
    Collections.reverse(events);
    assertThat(events.get(0).getRequest().getUrl()).isEqualTo(events.get(1).getRequest().getUrl());
    assertThat(events.get(0).getRequest().getHeader("x-api-key")).isEqualTo(KEY);
  }

  @Test
  void anAlbumIsChangedWithTheGeneratedRequest() {
    immich.stubFor(patch(anyUrl()).willReturn(okJson(ids(
        "{'id':'#a1','albumName':'Rome','albumUsers':[],'assetCount':2,'albumThumbnailAssetId':'#c2',"
            + "'order':'asc','isActivityEnabled':false}"))));
    try (ImmichClient client = clientFor(immich).build()) {
      client.updateAlbum(UUID.fromString(uuid("a1")), new UpdateAlbumDto().description("Spring")
          .albumThumbnailAssetId(UUID.fromString(uuid("c2"))).order(AssetOrder.ASC).isActivityEnabled(false));
      AlbumSummary rome = client.updateAlbum(uuid("a1"), new AlbumChanges("Spring", uuid("c2"), "asc", false));
      assertThat(rome.albumThumbnailAssetId()).isEqualTo(uuid("c2"));
      client.updateAlbum(UUID.fromString(uuid("a1")), new UpdateAlbumDto()
          .albumThumbnailAssetId(UUID.fromString(uuid("c2"))));
      client.updateAlbum(uuid("a1"), AlbumChanges.NONE.cover(uuid("c2")));
    }
    List<ServeEvent> events = new ArrayList<>(immich.getAllServeEvents());
    Collections.reverse(events);
    assertThat(events).hasSize(4);
    for (int i = 0; i < events.size(); i += 2) {
      LoggedRequest generated = events.get(i).getRequest();
      LoggedRequest lean = events.get(i + 1).getRequest();
      assertThat(lean.getMethod()).isEqualTo(generated.getMethod());
      assertThat(lean.getUrl()).isEqualTo(generated.getUrl());
      assertThat(tree(lean.getBodyAsString())).isEqualTo(tree(generated.getBodyAsString()));
    }
  }
}
