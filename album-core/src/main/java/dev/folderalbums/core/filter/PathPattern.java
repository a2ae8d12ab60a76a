package dev.folderalbums.core.filter;

import dev.folderalbums.core.options.PythonRegex;
import java.util.ArrayList;
import java.util.List;
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
  private final GlobMatcher glob;
  private final String literal;

  private PathPattern(String source, Pattern regex, GlobMatcher glob, String literal) {
    this.source = source;
    this.regex = regex;
    this.glob = glob;
    this.literal = literal;
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
      return new PathPattern(glob, Pattern.compile("(?:.*/)?[^/]*" + Pattern.quote(g) + "[^/]*(?:/.*)?"), null, g);
    }
    // '**/**' means the same as '**': collapse runs so that both matchers see one.
    List<String> parts = new ArrayList<>();
    for (String part : g.split("/", -1)) {
      if (!(part.equals("**") && !parts.isEmpty() && parts.get(parts.size() - 1).equals("**"))) {
        parts.add(part);
      }
    }
    String[] segments = parts.toArray(String[]::new);
    Pattern[] segmentRegexes = new Pattern[segments.length];
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (segments[i].equals("**")) {
        if (!last) {
          re.append("(?:[^/]+/)*");
        } else if (re.length() > 0 && re.charAt(re.length() - 1) == '/') {
          re.setLength(re.length() - 1); // the '/' after the previous segment belongs to '**'
          re.append("(?:/.*)?");
        } else {
          re.append(".*");
        }
        continue;
      }
      int before = re.length();
      appendSegment(re, segments[i], glob);
      segmentRegexes[i] = Pattern.compile(re.substring(before));
      if (!last) {
        re.append('/');
      }
    }
    return new PathPattern(glob, Pattern.compile(re.toString()), GlobMatcher.compile(segments, segmentRegexes), null);
  }

  /**
   * @param regex a Java or Python regular expression, to match the whole relative path
   * @return the pattern
   * @throws IllegalArgumentException naming the expression and what is wrong
   */
  public static PathPattern regex(String regex) {
    return new PathPattern(regex, PythonRegex.compile(regex).pattern(), null, null);
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
    return matches(relativePath, 0);
  }

  /**
   * @param path an absolute path
   * @param start where the part below the root begins
   * @return whether that part matches
   */
  public boolean matches(String path, int start) {
    if (glob != null) {
      return glob.matches(path, start, path.length());
    }
    if (literal != null) {
      return path.indexOf(literal, start) >= 0;
    }
    return regex.matcher(path).region(start, path.length()).matches();
  }

  /** @return the pattern as the user wrote it */
  @Override
  public String toString() {
    return source;
  }
}
