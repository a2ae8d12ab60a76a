package dev.folderalbums.core.props;

/** An {@code .albumprops} file that cannot be used; the message names the file and the line. */
public final class AlbumPropsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  /**
   * @param file the file's path
   * @param line the 1-based line, or 0 when unknown
   * @param problem what is wrong
   */
  public AlbumPropsException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** @return the file's path */
  public String file() {
    return file;
  }

  /** @return the 1-based line, or 0 when unknown */
  public int line() {
    return line;
  }
}
