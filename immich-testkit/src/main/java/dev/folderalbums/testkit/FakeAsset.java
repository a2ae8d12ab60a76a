package dev.folderalbums.testkit;

import java.time.Instant;

/**
 * An asset of the fake server.
 *
 * @param id the asset id
 * @param ownerId the owner's id
 * @param originalPath the path
 * @param fileCreatedAt the file date
 * @param visibility {@code timeline}, {@code archive}, {@code hidden} or {@code locked}
 * @param offline whether it is offline
 * @param trashed whether it is in the trash
 * @param livePhotoVideoId the video part's id for a live photo's still image
 * @param type {@code IMAGE} or {@code VIDEO}
 */
public record FakeAsset(String id, String ownerId, String originalPath, Instant fileCreatedAt, String visibility,
    boolean offline, boolean trashed, String livePhotoVideoId, String type) {

  /** @param v the visibility @return a copy with it */
  public FakeAsset withVisibility(String v) {
    return new FakeAsset(id, ownerId, originalPath, fileCreatedAt, v, offline, trashed, livePhotoVideoId, type);
  }

  /** @param t whether trashed @return a copy */
  public FakeAsset withTrashed(boolean t) {
    return new FakeAsset(id, ownerId, originalPath, fileCreatedAt, visibility, offline, t, livePhotoVideoId, type);
  }

  /** @param o whether offline @return a copy */
  public FakeAsset withOffline(boolean o) {
    return new FakeAsset(id, ownerId, originalPath, fileCreatedAt, visibility, o, trashed, livePhotoVideoId, type);
  }

  /** @param videoId the video's id @return a copy linked to it */
  public FakeAsset withLivePhotoVideo(String videoId) {
    return new FakeAsset(id, ownerId, originalPath, fileCreatedAt, visibility, offline, trashed, videoId, type);
  }
}
