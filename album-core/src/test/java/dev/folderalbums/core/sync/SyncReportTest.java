package dev.folderalbums.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report's requests read in the same order from one run to the next, and cannot be changed. */
class SyncReportTest {
  @Test
  void requestsAreSortedByEndpointAndUnmodifiable() {
    Map<String, Integer> requests = new HashMap<>();
    for (String endpoint : List.of("PUT /albums/{id}/assets", "GET /users/me", "POST /search/metadata",
        "GET /albums", "PATCH /albums/{id}", "GET /server/version", "POST /albums")) {
      requests.put(endpoint, endpoint.length());
    }
    SyncReport report = new SyncReport("me", false, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(),
        requests, Duration.ZERO);

    assertThat(report.requests().keySet()).containsExactly("GET /albums", "GET /server/version", "GET /users/me",
        "PATCH /albums/{id}", "POST /albums", "POST /search/metadata", "PUT /albums/{id}/assets");
    assertThat(report.requests()).isEqualTo(requests);
    requests.put("DELETE /albums/{id}", 1);
    assertThat(report.requests()).doesNotContainKey("DELETE /albums/{id}"); // a copy
    assertThatThrownBy(() -> report.requests().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Integer> withNull = new HashMap<>(Map.of("GET /albums", 1));
    withNull.put("GET /users/me", null);
    assertThatThrownBy(() -> new SyncReport("me", false, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(),
        withNull, Duration.ZERO)).isInstanceOf(NullPointerException.class);
  }
}
