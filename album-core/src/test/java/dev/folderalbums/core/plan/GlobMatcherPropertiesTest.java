package dev.folderalbums.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.filter.PathPattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast segment matcher must agree with the glob's regular expression on every path. */
class GlobMatcherPropertiesTest {
  @Provide
  Arbitrary<String> globs() {
    Arbitrary<String> segment = Arbitraries.of("**", "*", "a", "ab", "a*", "*b", "*a*", "?b", "[ab]*", "[!a]",
        "a*b", "x.jpg", "*.jpg");
    return segment.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("/", l));
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment = Arbitraries.of("a", "ab", "b", "ba", "aab", "x.jpg", "b.jpg", "c");
    return segment.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("/", l));
  }

  @Property(tries = 2000)
  void fastMatcherEqualsTheRegex(@ForAll("globs") String glob, @ForAll("paths") String path) {
    PathPattern pattern = PathPattern.glob(glob);
    boolean byRegex = pattern.regex().matcher(path).matches();
    assertThat(pattern.matches(path)).as("%s against %s", glob, path).isEqualTo(byRegex);
    assertThat(pattern.matches("/photos/" + path, 8)).isEqualTo(byRegex);
  }
}
