package dev.folderalbums.core.options;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Accepts patterns and replacements written for Python's {@code re} module, as users of the Python tool have them:
 * named groups {@code (?P<name>…)}, back references {@code (?P=name)}, and replacement references {@code \1},
 * {@code \g<1>} and {@code \g<name>}. Everything else is passed to {@link Pattern} as it is; the two dialects agree on
 * what such configurations use.
 */
public final class PythonRegex {
  private final Pattern pattern;
  private final Map<String, String> groupNames;

  private PythonRegex(Pattern pattern, Map<String, String> groupNames) {
    this.pattern = pattern;
    this.groupNames = groupNames;
  }

  /**
   * @param regex a Python or Java regular expression
   * @return the compiled expression
   * @throws IllegalArgumentException naming the pattern and the error
   */
  public static PythonRegex compile(String regex) {
    // Python allows '_' in group names, Java does not: give every named group a safe Java name.
    Map<String, String> names = new HashMap<>();
    StringBuilder out = new StringBuilder(regex.length() + 8);
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(i + 1));
        i += 2;
        continue;
      }
      if (regex.startsWith("(?P<", i) || (regex.startsWith("(?<", i) && i + 3 < regex.length()
          && regex.charAt(i + 3) != '=' && regex.charAt(i + 3) != '!')) {
        int nameStart = regex.indexOf('<', i) + 1;
        int close = regex.indexOf('>', nameStart);
        if (close < 0) {
          throw invalid(regex, "unterminated group name");
        }
        String javaName = names.computeIfAbsent(regex.substring(nameStart, close), n -> "g" + names.size() + "x");
        out.append("(?<").append(javaName).append('>');
        i = close + 1;
        continue;
      }
      if (regex.startsWith("(?P=", i)) {
        int close = regex.indexOf(')', i);
        if (close < 0) {
          throw invalid(regex, "unterminated back reference");
        }
        String javaName = names.get(regex.substring(i + 4, close));
        if (javaName == null) {
          throw invalid(regex, "unknown group name in back reference " + regex.substring(i, close + 1));
        }
        out.append("\\k<").append(javaName).append('>');
        i = close + 1;
        continue;
      }
      out.append(c);
      i++;
    }
    try {
      return new PythonRegex(Pattern.compile(out.toString()), Map.copyOf(names));
    } catch (PatternSyntaxException e) {
      throw invalid(regex, e.getDescription());
    }
  }

  private static IllegalArgumentException invalid(String regex, String why) {
    return new IllegalArgumentException("invalid regular expression '" + regex + "': " + why);
  }

  /** @return the compiled Java pattern */
  public Pattern pattern() {
    return pattern;
  }

  /**
   * Translates a Python replacement string into a {@link java.util.regex.Matcher#replaceAll(String)} one.
   *
   * @param replacement {@code \1}, {@code \g<1>}, {@code \g<name>} refer to groups; {@code $} is literal
   * @return the Java replacement
   * @throws IllegalArgumentException for a reference to a group the pattern lacks
   */
  public String javaReplacement(String replacement) {
    StringBuilder out = new StringBuilder(replacement.length() + 8);
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      if (c == '$') {
        out.append("\\$");
      } else if (c == '\\' && i + 1 < replacement.length()) {
        char next = replacement.charAt(i + 1);
        if (Character.isDigit(next)) {
          int j = i + 1;
          while (j < replacement.length() && j < i + 3 && Character.isDigit(replacement.charAt(j))) {
            j++;
          }
          out.append(groupRef(replacement.substring(i + 1, j), replacement));
          i = j - 1;
        } else if (next == 'g' && i + 2 < replacement.length() && replacement.charAt(i + 2) == '<') {
          int close = replacement.indexOf('>', i + 3);
          if (close < 0) {
            throw new IllegalArgumentException("invalid replacement '" + replacement + "': unterminated \\g<");
          }
          out.append(groupRef(replacement.substring(i + 3, close), replacement));
          i = close;
        } else if (next == 'n') {
          out.append('\n');
          i++;
        } else if (next == 't') {
          out.append('\t');
          i++;
        } else {
          // '\\' and any other escaped character stand for themselves.
          out.append('\\').append(next);
          i++;
        }
      } else if (c == '\\') {
        out.append("\\\\");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String groupRef(String ref, String replacement) {
    if (ref.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(ref);
      if (n > pattern.matcher("").groupCount()) {
        throw new IllegalArgumentException("invalid replacement '" + replacement + "': the pattern '"
            + pattern.pattern() + "' has no group " + n);
      }
      return "$" + n;
    }
    String javaName = groupNames.get(ref);
    if (javaName == null) {
      throw new IllegalArgumentException("invalid replacement '" + replacement + "': no group named '" + ref + "'");
    }
    return "${" + javaName + "}";
  }
}
