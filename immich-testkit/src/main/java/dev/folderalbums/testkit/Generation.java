package dev.folderalbums.testkit;

/** Which Immich API shapes the fake answers with. */
public enum Generation {
  /** Immich 1.135: the shapes of {@link #V2}, and no {@code GET /api-keys/me} (it answers 400, as the real server
   * does, where {@code me} is taken for a key id that is not a UUID). */
  V1("1.135.3"),
  /** Immich 2.x: albums carry {@code owner}, {@code ownerId} and {@code assets}; {@code albumUsers} lists only the
   * other users; {@code GET /albums} takes {@code shared}; an asset's {@code duration} is a string such as
   * {@code 0:00:00.00000}. */
  V2("2.7.5"),
  /** Immich 3.x: no {@code owner}/{@code assets} in albums; the owner is the first {@code albumUsers} entry with role
   * {@code owner}; {@code GET /albums} takes {@code isOwned} and {@code isShared}; {@code duration} is a number or
   * null. */
  V3("3.0.3");

  private final String version;

  Generation(String version) {
    this.version = version;
  }

  /** @return the server version it reports */
  public String version() {
    return version;
  }

  /** @return whether it answers in the shapes before 3.0 */
  public boolean before3() {
    return this != V3;
  }
}
