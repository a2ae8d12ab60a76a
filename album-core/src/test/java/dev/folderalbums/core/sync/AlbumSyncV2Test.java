package dev.folderalbums.core.sync;

import dev.folderalbums.testkit.Generation;

/** The end-to-end contract against Immich 1.135 to 2.x API shapes. */
class AlbumSyncV2Test extends AlbumSyncContract {
  @Override
  Generation generation() {
    return Generation.V2;
  }
}
