package dev.folderalbums.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.RecordedRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectTest {
  @Test
  void theVersionTheUserAndTheKeysPermissionsAreReadTogether() {
    try (FakeImmich immich = FakeImmich.start()) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      immich.restrictKey(me, Set.of("asset.read", "album.read", "user.read"));
      immich.faults(FaultPlan.NONE.withLatency(300));
      try (ImmichClient client = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(me.apiKey()).build()) {
        ImmichServer server = ImmichServer.connect(client);
        assertThat(server.userLabel()).isEqualTo("me@example.com");
        assertThat(server.keyPermissions()).contains(Set.of("asset.read", "album.read", "user.read"));
      }
      List<RecordedRequest> requests = immich.requests();
      assertThat(requests).extracting(RecordedRequest::endpoint)
          .containsExactlyInAnyOrder("GET /server/version", "GET /users/me", "GET /api-keys/me");
      // Sent one after another, the fake would never serve two of them at once.
      assertThat(immich.maxConcurrentRequests()).isEqualTo(3);
    }
  }
}
