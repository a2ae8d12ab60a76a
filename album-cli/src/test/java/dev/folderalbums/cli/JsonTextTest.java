package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.plan.AlbumPlan;
import dev.folderalbums.core.plan.PlannedAlbum;
import dev.folderalbums.core.plan.SkipReason;
import dev.folderalbums.core.plan.SkippedAsset;
import dev.folderalbums.core.props.AlbumProperties;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.sync.SyncReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming writer prints what data binding printed before it, byte for byte, and in a stable order. */
class JsonTextTest {
  private static final ObjectMapper BINDING = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<Object> trees() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("name", "Trip \"2020\" \\ é 😀 \u0001 \n\t</script>");
    nested.put("empty list", List.of());
    nested.put("empty map", Map.of());
    nested.put("null", null);
    nested.put("numbers", List.of(0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, 3_000_000_000L));
    nested.put("flags", List.of(true, false));
    nested.put("lists", List.of(List.of("a"), List.of(), List.of(List.of("b", "c"))));
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", "last first");
    inner.put("a", Map.of("deep", List.of(Map.of())));
    nested.put("inner", inner);
    List<Object> withNull = new ArrayList<>(Arrays.asList("x", null, 1));
    return Stream.of(nested, List.of(), Map.of(), "plain", 42, withNull, List.of(nested, nested));
  }

  @ParameterizedTest
  @MethodSource("trees")
  void printsWhatDataBindingPrinted(Object tree) throws Exception {
    assertThat(JsonText.write(tree)).isEqualTo(BINDING.writeValueAsString(tree));
  }

  @Test
  void refusesWhatItHasNoFormFor() {
    assertThatThrownBy(() -> JsonText.write(Map.of("when", Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Duration");
  }

  @Test
  void theReportsRequestsAreSortedByEndpoint() throws Exception {
    Map<String, Integer> requests = new HashMap<>();
    for (String endpoint : List.of("PUT /albums/{id}/assets", "GET /albums", "POST /search/metadata",
        "GET /users/me", "GET /server/version", "POST /albums", "PATCH /albums/{id}")) {
      requests.put(endpoint, endpoint.length());
    }
    SyncReport report = new SyncReport("Me", false, 50, 1, 2, 0, 0, 0, 0, 0, List.of("later"),
        List.of(new SyncReport.Failure("A", "add", "503")), List.of("careful"), requests, Duration.ofMillis(1234));
    String json = ReportPrinter.json(List.of(report));

    List<String> printed = new ArrayList<>();
    BINDING.readTree(json).path("runs").get(0).path("requests").fieldNames().forEachRemaining(printed::add);
    assertThat(printed).isSorted().containsExactlyInAnyOrderElementsOf(requests.keySet());
    assertThat(BINDING.readTree(json).path("runs").get(0).path("durationMillis").asLong()).isEqualTo(1234);
    assertThat(BINDING.readTree(json).path("runs").get(0).path("failures").get(0).path("reason").asText())
        .isEqualTo("503");
  }

  @Test
  void aSharesUserComesBeforeItsRoleAsTheReadmeShowsIt() {
    AlbumProperties props = new AlbumProperties("d", List.of(new AlbumShare("mom", ShareRole.VIEWER)), null, null,
        null, null);
    AlbumPlan plan = new AlbumPlan(List.of(new PlannedAlbum("A", List.of(Asset.ofPath("/p/A/x.jpg")), props, null,
        List.of("/p/A"))), List.of(new SkippedAsset("2", "/q/y.jpg", SkipReason.OUTSIDE_ROOTS)), List.of());
    String json = PlanRenderer.json(plan);
    assertThat(json).contains("\"shareWith\" : [ {\n        \"user\" : \"mom\",\n        \"role\" : \"viewer\"");
  }
}
