package dev.folderalbums.core.filter;

import dev.folderalbums.core.options.PythonRegex;
import java.util.regex.Pattern;

/**
 * A compiled {@code --path-filter}, {@code --ignore} (glob) or {@code --path-filter-regex}, {@code --ignore-regex}
 * (regular expression, full match), matched against an asset's path below its root, file name included.
 *
 * <p>Globs: {@code *} matches within one folder or file name, {@code **} any number of folders (none included),
 * {@code ?} one character, {@code [abc]} and {@code [!abc]} one of (not one of) the characters. A pattern with none of
 * these characters is a literal that matches where it occurs anywhere in the path, such as a folder name part.
 */
public final class PathPattern {
  private final String source;
  private final Pattern regex;

  private PathPattern(String source, Pattern regex) {
    this.source = source;
    this.regex = regex;
  }

  /**
   * @param glob the glob
   * @return the pattern
   * @throws IllegalArgumentException naming the glob and what is wrong
   */
  public static PathPattern glob(String glob) {
    if (glob == null || glob.isEmpty()) {
      throw new IllegalArgumentException("an empty pattern matches nothing useful");
    }
    String g = glob.startsWith("/") ? glob.substring(1) : glob;
    if (g.indexOf('*') < 0 && g.indexOf('?') < 0 && g.indexOf('[') < 0) {
      return new PathPattern(glob, Pattern.compile("(?:.*/)?[^/]*" + Pattern.quote(g) + "[^/]*(?:/.*)?"));
    }
    String[] segments = g.split("/", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (segments[i].equals("**")) {
        if (!last) {
          re.append("(?:[^/]+/)*");
        } else if (i == 0) {
          re.append(".*");
        } else {
          re.setLength(re.length() - 1); // the '/' after the previous segment belongs to '**'
          re.append("(?:/.*)?");
        }
        continue;
      }
      appendSegment(re, segments[i], glob);
      if (!last) {
        re.append('/');
      }
    }
    return new PathPattern(glob, Pattern.compile(re.toString()));
  }

  /**
   * @param regex a Java or Python regular expression, to match the whole relative path
   * @return the pattern
   * @throws IllegalArgumentException naming the expression and what is wrong
   */
  public static PathPattern regex(String regex) {
    return new PathPattern(regex, PythonRegex.compile(regex).pattern());
  }

  private static void appendSegment(StringBuilder re, String segment, String glob) {
    int i = 0;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      switch (c) {
        case '*' -> {
          while (i + 1 < segment.length() && segment.charAt(i + 1) == '*') {
            i++;
          }
          re.append("[^/]*");
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = segment.indexOf(']', i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("invalid glob '" + glob + "': '[' without a closing ']'");
          }
          String set = segment.substring(i + 1, close);
          boolean negated = set.startsWith("!") || set.startsWith("^");
          if (negated) {
            set = set.substring(1);
          }
          if (set.isEmpty()) {
            throw new IllegalArgumentException("invalid glob '" + glob + "': empty character class");
          }
          re.append('[').append(negated ? "^/" : "").append(set.replace("\\", "\\\\").replace("[", "\\["))
              .append(']');
          i = close;
        }
        default -> {
          if ("\\.^$+{}()|".indexOf(c) >= 0) {
            re.append('\\');
          }
          re.append(c);
        }
      }
      i++;
    }
  }

  /** @return the compiled expression, to match whole relative paths (or regions of absolute ones) */
  public Pattern regex() {
    return regex;
  }

  /** @param relativePath the path below the root @return whether the whole path matches */
  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  /** @return the pattern as the user wrote it */
  @Override
  public String toString() {
    return source;
  }
}
