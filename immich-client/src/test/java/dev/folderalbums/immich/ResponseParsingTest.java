package dev.folderalbums.immich;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.folderalbums.immich.generated.model.AlbumResponseDto;
import dev.folderalbums.immich.generated.model.AlbumUserRole;
import dev.folderalbums.immich.generated.model.BulkIdErrorReason;
import dev.folderalbums.immich.generated.model.BulkIdResponseDto;
import dev.folderalbums.immich.generated.model.BulkIdsDto;
import dev.folderalbums.immich.generated.model.MetadataSearchDto;
import dev.folderalbums.immich.generated.model.SearchAssetResponseDto;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResponseParsingTest extends WireMockSupport {
  @RegisterExtension static WireMockExtension immich = newServer();

  private static final String ALBUM_ID = "8c3e1b3a-1a2b-4c5d-8e9f-0a1b2c3d4e5f";
  private static final String USER_ID = "11111111-2222-4333-8444-555555555555";

  @Test
  void unknownPropertiesAndUnknownEnumValuesFromNewerServersDoNotFail() {
    immich.stubFor(get("/api/albums/" + ALBUM_ID + "?").willReturn(okJson(albumJson("superuser", true))));
    immich.stubFor(get(urlEqualTo("/api/albums/" + ALBUM_ID)).willReturn(okJson(albumJson("superuser", true))));
    try (ImmichClient client = clientFor(immich).build()) {
      AlbumResponseDto album = client.call(() -> client.albums().getAlbumInfo(UUID.fromString(ALBUM_ID), null, null));
      assertThat(album.getAlbumName()).isEqualTo("Trip");
      assertThat(album.getAlbumUsers()).hasSize(1);
      assertThat(album.getAlbumUsers().get(0).getRole()).isEqualTo(AlbumUserRole.UNKNOWN_DEFAULT_OPEN_API);
    }
  }

  @Test
  void anAnswerLargerThanAnySanePageFailsItsRequestOnceInOneLine() {
    String album = albumJson("editor", false);
    StringBuilder body = new StringBuilder("[");
    while (body.length() < 2_000_000) {
      body.append(album).append(',');
    }
    body.append(album).append(']');
    immich.stubFor(get(urlEqualTo("/api/albums")).willReturn(okJson(body.toString())));
    try (ImmichClient client = clientFor(immich).maxAnswerSize(1 << 20).build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.call(
              () -> client.albums().getAllAlbums(null, null, null, null, null)))
          .isInstanceOf(dev.folderalbums.immich.error.ImmichUnexpectedResponseException.class)
          .hasMessage("GET /albums: the answer is larger than 1 MB, more than the 1 MB any answer of Immich should"
              + " need; does the URL point at Immich?")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    immich.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/api/albums")));
  }

  @Test
  void knownRolesParse() {
    immich.stubFor(get(urlEqualTo("/api/albums/" + ALBUM_ID)).willReturn(okJson(albumJson("editor", false))));
    try (ImmichClient client = clientFor(immich).build()) {
      AlbumResponseDto album = client.call(() -> client.albums().getAlbumInfo(UUID.fromString(ALBUM_ID), null, null));
      assertThat(album.getAlbumUsers().get(0).getRole()).isEqualTo(AlbumUserRole.EDITOR);
    }
  }

  @Test
  void pagesThroughSearchFollowingNextPage() {
    for (int page = 1; page <= 3; page++) {
      String next = page < 3 ? "\"" + (page + 1) + "\"" : "null";
      immich.stubFor(post("/api/search/metadata")
          .withRequestBody(equalToJson("{\"page\":" + page + ",\"size\":2,\"isNotInAlbum\":true}", true, false))
          .willReturn(okJson("{\"albums\":{\"items\":[],\"count\":0,\"total\":0,\"facets\":[]},"
              + "\"assets\":{\"items\":[" + asset("a" + page) + "," + asset("b" + page) + "],"
              + "\"count\":2,\"total\":2,\"facets\":[],\"nextPage\":" + next + "}}")));
    }
    List<String> paths = new ArrayList<>();
    MetadataSearchDto query = new MetadataSearchDto().size(2).isNotInAlbum(true);
    try (ImmichClient client = clientFor(immich).build()) {
      for (SearchAssetResponseDto page : client.searchMetadataPages(query)) {
        page.getItems().forEach(a -> paths.add(a.getOriginalPath()));
      }
    }
    assertThat(paths).containsExactly("/p/a1.jpg", "/p/b1.jpg", "/p/a2.jpg", "/p/b2.jpg", "/p/a3.jpg", "/p/b3.jpg");
    immich.verify(3, postRequestedFor(urlEqualTo("/api/search/metadata")));
    assertThat(query.getPage()).as("the caller's query is left alone").isNull();
  }

  @Test
  void bulkAddResultsParseEveryReason() {
    immich.stubFor(put("/api/albums/" + ALBUM_ID + "/assets").willReturn(okJson("["
        + "{\"id\":\"" + uuid(1) + "\",\"success\":true},"
        + "{\"id\":\"" + uuid(2) + "\",\"success\":false,\"error\":\"duplicate\"},"
        + "{\"id\":\"" + uuid(3) + "\",\"success\":false,\"error\":\"no_permission\"},"
        + "{\"id\":\"" + uuid(4) + "\",\"success\":false,\"error\":\"not_found\"},"
        + "{\"id\":\"" + uuid(5) + "\",\"success\":false,\"error\":\"some_future_reason\"}]")));
    try (ImmichClient client = clientFor(immich).build()) {
      List<BulkIdResponseDto> results = client.call(() -> client.albums().addAssetsToAlbum(
          UUID.fromString(ALBUM_ID), new BulkIdsDto().ids(List.of(UUID.fromString(uuid(1)), UUID.fromString(uuid(2))))));
      assertThat(results).extracting(BulkIdResponseDto::getError).containsExactly(null,
          BulkIdErrorReason.DUPLICATE, BulkIdErrorReason.NO_PERMISSION, BulkIdErrorReason.NOT_FOUND,
          BulkIdErrorReason.UNKNOWN_DEFAULT_OPEN_API);
      assertThat(results.get(0).getSuccess()).isTrue();
    }
  }

  private static String uuid(int n) {
    return "00000000-0000-4000-8000-00000000000" + n;
  }

  private static String asset(String name) {
    return "{\"id\":\"" + UUID.nameUUIDFromBytes(name.getBytes()) + "\",\"originalPath\":\"/p/" + name + ".jpg\","
        + "\"type\":\"IMAGE\",\"visibility\":\"timeline\",\"isOffline\":false,\"fileCreatedAt\":\"2020-02-01T10:00:00.000Z\"}";
  }

  private static String albumJson(String role, boolean extraFields) {
    return "{\"id\":\"" + ALBUM_ID + "\",\"albumName\":\"Trip\",\"description\":\"\",\"shared\":true,"
        + "\"hasSharedLink\":false,\"isActivityEnabled\":true,\"assetCount\":2,\"order\":\"desc\","
        + "\"createdAt\":\"2026-01-01T00:00:00.000Z\",\"updatedAt\":\"2026-01-01T00:00:00.000Z\","
        + "\"albumUsers\":[{\"role\":\"" + role + "\",\"user\":{\"id\":\"" + USER_ID + "\",\"name\":\"Mom\","
        + "\"email\":\"mom@example.com\",\"profileImagePath\":\"\",\"avatarColor\":\"primary\","
        + "\"profileChangedAt\":\"2026-01-01T00:00:00.000Z\"}}]"
        + (extraFields ? ",\"someFieldFromTheFuture\":{\"nested\":[1,2,3]}" : "") + "}";
  }
}
