package dev.folderalbums.core.options;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code -R/--album-name-post-regex PATTERN [REPLACEMENT]}: every match of the pattern in the album name is
 * replaced. Python syntax is accepted (see {@link PythonRegex}).
 *
 * @param pattern the pattern as the user wrote it
 * @param replacement the replacement as the user wrote it; empty removes the matches
 */
public record NameRewrite(String pattern, String replacement) {

  /** Validates the pattern and the replacement's group references. */
  public NameRewrite {
    Objects.requireNonNull(pattern, "pattern");
    replacement = replacement == null ? "" : replacement;
    PythonRegex compiled = PythonRegex.compile(pattern);
    compiled.javaReplacement(replacement);
  }

  /** @return a compiled form for repeated use */
  public Compiled compile() {
    PythonRegex regex = PythonRegex.compile(pattern);
    return new Compiled(regex.pattern(), regex.javaReplacement(replacement));
  }

  /**
   * The compiled rewrite.
   *
   * @param pattern the Java pattern
   * @param javaReplacement the Java replacement
   */
  public record Compiled(Pattern pattern, String javaReplacement) {
    /** @param name the album name @return the rewritten name */
    public String apply(String name) {
      return pattern.matcher(name).replaceAll(javaReplacement);
    }
  }
}
