package dev.folderalbums.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.testkit.FakeAlbum;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedding example of the README, compiled and run here; ReadmeTest checks that the README shows this code. */
class EmbeddingExampleTest {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingExampleTest.class);

  @Test
  void theReadmeExampleRuns() {
    try (FakeImmich server = FakeImmich.start()) {
      FakeUser me = server.addUser("Me", "me@example.com");
      server.addUser("Mom", "mom@example.com");
      server.addAssets(me, List.of("/external_libs/photos/2024/Rome/a.jpg", "/external_libs/photos/2024/Rome/b.jpg"));
      SyncReport report = example(server.baseUrl(), me.apiKey());
      assertThat(report.albumsCreated()).isEqualTo(1);
      assertThat(report.requests()).containsKey("POST /albums");
      assertThat(server.albums(me)).extracting(FakeAlbum::name).containsExactly("2024 Rome");
    }
  }

  private static SyncReport example(String url, String apiKey) {
    // README:begin
    AlbumOptions albums = AlbumOptions.builder()
        .rootPath("/external_libs/photos")
        .albumLevels("2")
        .shareWith(AlbumShare.parse("mom@example.com=editor", ShareRole.VIEWER))
        .build();
    SyncOptions options = SyncOptions.builder(albums).threads(4).build();
    RequestCounter requests = new RequestCounter();
    try (ImmichClient immich = ImmichClient.builder().baseUrl(url).apiKey(apiKey).requestListener(requests)
        .maxConnections(options.threads()).build()) { // the connections bound the requests in flight
      SyncReport report = AlbumSync.builder(immich, options)
          .listener(event -> log.info("{}", event))
          .requestCounter(requests)
          .build()
          .run();
      log.info("{} albums created, {} assets added", report.albumsCreated(), report.assetsAdded());
      return report;
    }
    // README:end
  }
}
