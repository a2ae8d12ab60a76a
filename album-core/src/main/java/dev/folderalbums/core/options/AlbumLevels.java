package dev.folderalbums.core.options;

/**
 * Which folders below the root make an album name ({@code -a/--album-levels}).
 *
 * <ul>
 *   <li>{@code N > 0}: the first N folders (fewer where the path is shallower);</li>
 *   <li>{@code N < 0}: the last |N| folders (fewer where the path is shallower);</li>
 *   <li>{@code "start,end"}, both positive, start &le; end: folders start to end; a path with fewer than start
 *       folders makes no album;</li>
 *   <li>{@code "start,end"}, both negative, start &le; end: counted from the file; {@code "-k,-1"} equals {@code -k}.
 *       A path shallower than the range is never skipped: the start is clamped to its first folder, and a range
 *       that then holds no folder names the first folder alone ({@code "-2,-2"} puts {@code 2020/c.jpg} into
 *       {@code 2020}).</li>
 * </ul>
 *
 * @param start the first level (1-based from the root when positive, from the file when negative)
 * @param end the last level, inclusive
 * @param range whether it was given as a range
 */
public record AlbumLevels(int start, int end, boolean range) {

  /** The default: one level, the first folder below the root. */
  public static final AlbumLevels DEFAULT = new AlbumLevels(1, 1, false);

  /** Validates; see the type's description. */
  public AlbumLevels {
    if (start == 0 || end == 0) {
      throw new IllegalArgumentException("0 is not an album level: use a positive or negative number");
    }
    if ((start > 0) != (end > 0)) {
      throw new IllegalArgumentException("a range of album levels must not mix positive and negative numbers");
    }
    if (start > end) {
      throw new IllegalArgumentException("the start of an album level range must not be greater than its end");
    }
  }

  /**
   * Parses {@code N} or {@code "start,end"}.
   *
   * @param value the option value
   * @return the levels
   * @throws IllegalArgumentException with a message saying what is allowed
   */
  public static AlbumLevels parse(String value) {
    String v = value == null ? "" : value.trim();
    try {
      int comma = v.indexOf(',');
      if (comma < 0) {
        int n = Integer.parseInt(v);
        if (n == 0) {
          throw new IllegalArgumentException("'0' is not allowed: use a number other than 0, or a range"
              + " 'start,end'");
        }
        return n > 0 ? new AlbumLevels(1, n, false) : new AlbumLevels(n, -1, false);
      }
      int start = Integer.parseInt(v.substring(0, comma).trim());
      int end = Integer.parseInt(v.substring(comma + 1).trim());
      return new AlbumLevels(start, end, true);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number or a range 'start,end' of numbers");
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("'")) {
        throw e;
      }
      throw new IllegalArgumentException("'" + value + "': " + e.getMessage());
    }
  }

  /** @return the option value that parses back to this */
  @Override
  public String toString() {
    if (range) {
      return start + "," + end;
    }
    return String.valueOf(start > 0 ? end : start);
  }
}
