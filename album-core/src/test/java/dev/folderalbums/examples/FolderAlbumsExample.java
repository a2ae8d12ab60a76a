package dev.folderalbums.examples;

import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.sync.AlbumSync;
import dev.folderalbums.core.sync.SyncOptions;
import dev.folderalbums.core.sync.SyncReport;
import dev.folderalbums.immich.ImmichClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Albums from the folders two levels below /external_libs/photos, shared with mom as editor. */
public final class FolderAlbumsExample {
  private static final Logger log = LoggerFactory.getLogger(FolderAlbumsExample.class);

  private FolderAlbumsExample() {}

  /** @param args the Immich URL and an API key */
  public static void main(String[] args) {
    SyncReport report = sync(args[0], args[1]);
    System.exit(report.hasFailures() ? 1 : 0);
  }

  /**
   * @param url the Immich URL, e.g. https://photos.example.com
   * @param apiKey an API key
   * @return what the run did
   */
  public static SyncReport sync(String url, String apiKey) {
    AlbumOptions albums = AlbumOptions.builder()
        .rootPath("/external_libs/photos")
        .albumLevels("2")
        .shareWith(AlbumShare.parse("mom@example.com=editor", ShareRole.VIEWER))
        .build();
    SyncOptions options = SyncOptions.builder(albums).threads(4).build();
    // A client made for these options: one connection per thread, and a request counter the report reads.
    try (ImmichClient immich = AlbumSync.clientFor(options).baseUrl(url).apiKey(apiKey).build()) {
      SyncReport report = AlbumSync.builder(immich, options)
          .listener(event -> log.info("{}", event)) // called one event at a time: need not be thread-safe
          .build()
          .run();
      log.info("{} albums created, {} assets added, requests: {}", report.albumsCreated(), report.assetsAdded(),
          report.requests());
      return report;
    }
  }
}
