package dev.folderalbums.testkit;

/** Which Immich API shapes the fake answers with. */
public enum Generation {
  /** Immich 1.135 to 2.x: albums carry {@code owner}, {@code ownerId} and {@code assets}; {@code albumUsers} lists
   * only the other users; {@code GET /albums} takes {@code shared}. */
  V2("2.7.5"),
  /** Immich 3.x: no {@code owner}/{@code assets} in albums; the owner is the first {@code albumUsers} entry with role
   * {@code owner}; {@code GET /albums} takes {@code isOwned} and {@code isShared}. */
  V3("3.0.3");

  private final String version;

  Generation(String version) {
    this.version = version;
  }

  /** @return the server version it reports */
  public String version() {
    return version;
  }
}
