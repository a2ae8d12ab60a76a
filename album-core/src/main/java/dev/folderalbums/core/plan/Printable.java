package dev.folderalbums.core.plan;

/**
 * Keeps text that came from file names harmless on a terminal and in album names: control characters (escape
 * sequences, NUL, line breaks) and bidirectional overrides, which make text display as something else.
 */
public final class Printable {
  private Printable() {}

  /**
   * @param c a character
   * @return whether it is a control character or a bidirectional override or isolate
   */
  public static boolean isUnsafe(char c) {
    return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * @param text any text
   * @return the text with each unsafe character written as a backslash, u and four hex digits
   */
  public static String escape(String text) {
    return replace(text, null);
  }

  /**
   * @param text any text
   * @return the text with each unsafe character replaced by {@code _}
   */
  static String clean(String text) {
    return replace(text, "_");
  }

  private static String replace(String text, String replacement) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(replacement != null ? replacement : String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
