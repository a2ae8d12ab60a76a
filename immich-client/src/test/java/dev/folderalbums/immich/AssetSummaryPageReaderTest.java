package dev.folderalbums.immich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssetSummaryPageReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AssetSummary FULL = new AssetSummary("a1", "u1", "/p/a.jpg", "2024-05-01T12:34:56.000Z",
      "timeline", false, false, null);

  static Stream<Arguments> pages() {
    String full = "{\"id\":\"a1\",\"ownerId\":\"u1\",\"originalPath\":\"/p/a.jpg\","
        + "\"fileCreatedAt\":\"2024-05-01T12:34:56.000Z\",\"visibility\":\"timeline\",\"isOffline\":false,"
        + "\"isTrashed\":false,\"livePhotoVideoId\":null}";
    return Stream.of(
        Arguments.of("the fields it keeps", "{\"items\":[" + full + "],\"nextPage\":\"2\"}",
            new AssetSummaryPage(List.of(FULL), "2")),
        Arguments.of("everything else skipped, nested or not",
            "{\"total\":1,\"count\":1,\"facets\":[{\"fieldName\":\"x\",\"counts\":[]}],\"items\":[{\"exifInfo\":"
                + "{\"make\":\"X\",\"id\":\"not this one\"},\"people\":[{\"id\":\"p\"}],\"tags\":[],\"id\":\"a1\","
                + "\"ownerId\":\"u1\",\"originalPath\":\"/p/a.jpg\",\"width\":4000,\"fileCreatedAt\":"
                + "\"2024-05-01T12:34:56.000Z\",\"visibility\":\"timeline\",\"isOffline\":false,\"isTrashed\":false,"
                + "\"unknownNewField\":{\"deep\":[1,[2,{\"id\":\"x\"}]]}}],\"nextPage\":null}",
            new AssetSummaryPage(List.of(FULL), null)),
        Arguments.of("the last page", "{\"items\":[],\"nextPage\":null}", new AssetSummaryPage(List.of(), null)),
        Arguments.of("no items at all", "{\"nextPage\":null}", new AssetSummaryPage(List.of(), null)),
        Arguments.of("a number for the next page", "{\"items\":[],\"nextPage\":3}",
            new AssetSummaryPage(List.of(), "3")),
        Arguments.of("missing and null fields stay null",
            "{\"items\":[{\"id\":\"a1\",\"originalPath\":null}]}",
            new AssetSummaryPage(List.of(new AssetSummary("a1", null, null, null, null, null, null, null)), null)),
        Arguments.of("text where a structure is odd, and lenient booleans",
            "{\"items\":[{\"id\":7,\"fileCreatedAt\":{\"odd\":true},\"isOffline\":\"true\",\"isTrashed\":1,"
                + "\"visibility\":[\"x\"]}]}",
            new AssetSummaryPage(List.of(new AssetSummary("7", null, null, null, null, true, true, null)), null)),
        Arguments.of("an item that is not an object is passed over",
            "{\"items\":[null,[1],\"x\"," + full + "]}", new AssetSummaryPage(List.of(FULL), null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsThePageAsRecordBindingWould(String name, String json, AssetSummaryPage expected) throws Exception {
    assertThat(JSON.readValue(json, AssetSummaryPage.class)).isEqualTo(expected);
    assertThat(JSON.readValue("{\"albums\":{\"items\":[]},\"assets\":" + json + "}", AssetSummaryPage.Envelope.class)
        .assets()).isEqualTo(expected);
  }
}
