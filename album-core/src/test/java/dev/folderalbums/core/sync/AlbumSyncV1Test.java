package dev.folderalbums.core.sync;

import dev.folderalbums.testkit.Generation;

/** The end-to-end contract against Immich 1.135 API shapes. */
class AlbumSyncV1Test extends AlbumSyncContract {
  @Override
  Generation generation() {
    return Generation.V1;
  }
}
