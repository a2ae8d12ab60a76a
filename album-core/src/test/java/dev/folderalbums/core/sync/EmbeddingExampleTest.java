package dev.folderalbums.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.examples.FolderAlbumsExample;
import dev.folderalbums.testkit.FakeAlbum;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run here; ReadmeTest checks that the README shows this class. */
class EmbeddingExampleTest {

  @Test
  void theReadmeExampleRunsWithTheCounterAndTheConnectionsWiredOnce() {
    try (FakeImmich server = FakeImmich.start()) {
      FakeUser me = server.addUser("Me", "me@example.com");
      FakeUser mom = server.addUser("Mom", "mom@example.com");
      server.addAssets(me, List.of("/external_libs/photos/2024/Rome/a.jpg", "/external_libs/photos/2024/Rome/b.jpg"));
      SyncReport report = FolderAlbumsExample.sync(server.baseUrl(), me.apiKey());
      assertThat(report.albumsCreated()).isEqualTo(1);
      assertThat(report.requests()).as("the counter the client was built with").containsEntry("POST /albums", 1);
      assertThat(server.albums(me)).extracting(FakeAlbum::name).containsExactly("2024 Rome");
      assertThat(server.albums(me).get(0).users()).containsEntry(mom.id(), "editor");
      assertThat(server.maxConcurrentRequests()).as("connections derived from the threads").isLessThanOrEqualTo(4);
    }
  }
}
