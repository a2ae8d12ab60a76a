package dev.folderalbums.immich;

/**
 * The server's version, as {@code GET /server/version} tells it.
 *
 * @param major the major version, e.g. 3
 * @param minor the minor version
 * @param patch the patch version
 */
public record ServerVersion(int major, int minor, int patch) {
  /** @return the version as Immich writes it, e.g. {@code 3.0.3} */
  public String text() {
    return major + "." + minor + "." + patch;
  }
}
