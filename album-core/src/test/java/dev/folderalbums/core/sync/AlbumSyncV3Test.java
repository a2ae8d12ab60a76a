package dev.folderalbums.core.sync;

import dev.folderalbums.testkit.Generation;

/** The end-to-end contract against Immich 3.x API shapes. */
class AlbumSyncV3Test extends AlbumSyncContract {
  @Override
  Generation generation() {
    return Generation.V3;
  }
}
