package dev.folderalbums.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** Attempts are counted by endpoint: ids in paths become {@code {id}}, and nothing else does. */
class RequestCounterTest {
  @Test
  void countsAttemptsByEndpointWithTheIdsTakenOut() {
    RequestCounter counter = new RequestCounter();
    counter.onAttempt("PUT", "/albums/0a1b2c3d-4e5f-6789-abcd-ef0123456789/assets", 200, 1, 1);
    counter.onAttempt("PUT", "/albums/FFFFFFFF-0000-1111-2222-333333333333/assets", 503, 1, 1);
    counter.onAttempt("PUT", "/albums/FFFFFFFF-0000-1111-2222-333333333333/assets", 200, 1, 2);
    counter.onAttempt("PATCH", "/albums/0a1b2c3d-4e5f-6789-abcd-ef0123456789", 200, 1, 1);
    counter.onAttempt("GET", "/albums", 200, 1, 1);
    counter.onAttempt("POST", "/search/metadata", 200, 1, 1);
    counter.onAttempt("GET", "/albums/not-an-id", 404, 1, 1);

    assertThat(counter.snapshot()).containsExactly(
        entry("GET /albums", 1),
        entry("GET /albums/not-an-id", 1),
        entry("PATCH /albums/{id}", 1),
        entry("POST /search/metadata", 1),
        entry("PUT /albums/{id}/assets", 3));
  }
}
