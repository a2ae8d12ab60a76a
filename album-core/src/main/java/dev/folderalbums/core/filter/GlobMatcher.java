package dev.folderalbums.core.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Matches a glob segment by segment against a region of a path, without building substrings. Most segments are
 * literals or have one {@code *}; those are compared directly, the rest by a regular expression on the region.
 * This is the planner's per-asset hot path.
 */
final class GlobMatcher {
  private static final Segment ANY_SEGMENTS = new Segment(Kind.ANY_SEGMENTS, null, null, null);

  private enum Kind { ANY_SEGMENTS, ANY, LITERAL, PREFIX, SUFFIX, CONTAINS, REGEX }

  private record Segment(Kind kind, String text, String suffix, Pattern regex) {}

  private final Segment[] segments;
  /** '**' followed by segments without another '**': those must match the path's last segments exactly. */
  private final boolean tailOnly;

  private GlobMatcher(Segment[] segments) {
    this.segments = segments;
    boolean tail = segments.length > 1 && segments[0] == ANY_SEGMENTS;
    for (int i = 1; i < segments.length; i++) {
      tail &= segments[i] != ANY_SEGMENTS;
    }
    this.tailOnly = tail;
  }

  static GlobMatcher compile(String[] globSegments, Pattern[] segmentRegexes) {
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < globSegments.length; i++) {
      String g = globSegments[i];
      if (g.equals("**")) {
        if (out.isEmpty() || out.get(out.size() - 1) != ANY_SEGMENTS) {
          out.add(ANY_SEGMENTS);
        }
        continue;
      }
      int star = g.indexOf('*');
      boolean simple = g.indexOf('?') < 0 && g.indexOf('[') < 0;
      if (simple && star < 0) {
        out.add(new Segment(Kind.LITERAL, g, null, null));
      } else if (simple && g.chars().allMatch(c -> c == '*')) {
        out.add(new Segment(Kind.ANY, null, null, null));
      } else if (simple && star == g.length() - 1 && g.indexOf('*') == star) {
        out.add(new Segment(Kind.PREFIX, g.substring(0, star), null, null));
      } else if (simple && star == 0 && g.lastIndexOf('*') == 0) {
        out.add(new Segment(Kind.SUFFIX, g.substring(1), null, null));
      } else if (simple && star == 0 && g.lastIndexOf('*') == g.length() - 1 && g.length() > 2
          && g.substring(1, g.length() - 1).indexOf('*') < 0) {
        out.add(new Segment(Kind.CONTAINS, g.substring(1, g.length() - 1), null, null));
      } else {
        out.add(new Segment(Kind.REGEX, null, null, segmentRegexes[i]));
      }
    }
    return new GlobMatcher(out.toArray(Segment[]::new));
  }

  /** @return whether the path's region [start, end) matches the whole glob */
  boolean matches(String path, int start, int end) {
    if (tailOnly) {
      // The last (segments - 1) path segments must match: find where they begin instead of trying every position.
      int from = start;
      int pos = end;
      for (int k = 1; k < segments.length; k++) {
        int slash = pos <= start ? -1 : path.lastIndexOf('/', pos - 1);
        if (slash < start) {
          if (k < segments.length - 1) {
            return false; // fewer path segments than the pattern needs
          }
          from = start;
          break;
        }
        pos = slash;
        from = slash + 1;
      }
      return match(1, path, from, end);
    }
    return match(0, path, start, end);
  }

  private boolean match(int si, String path, int pos, int end) {
    if (si == segments.length) {
      return pos > end; // every path segment consumed (pos is one past the last '/')
    }
    Segment s = segments[si];
    if (s.kind == Kind.ANY_SEGMENTS) {
      if (si == segments.length - 1) {
        return true; // trailing '**': whatever remains, even nothing
      }
      for (int p = pos; p <= end; ) {
        if (match(si + 1, path, p, end)) {
          return true;
        }
        int slash = path.indexOf('/', p);
        if (slash < 0 || slash >= end) {
          return false;
        }
        p = slash + 1;
      }
      return false;
    }
    if (pos > end) {
      return false;
    }
    int slash = path.indexOf('/', pos);
    int segEnd = slash < 0 || slash >= end ? end : slash;
    if (!segmentMatches(s, path, pos, segEnd)) {
      return false;
    }
    return match(si + 1, path, segEnd + 1, end);
  }

  private static boolean segmentMatches(Segment s, String path, int from, int to) {
    int len = to - from;
    return switch (s.kind) {
      case ANY -> true;
      case LITERAL -> len == s.text.length() && path.startsWith(s.text, from);
      case PREFIX -> len >= s.text.length() && path.startsWith(s.text, from);
      case SUFFIX -> len >= s.text.length() && path.startsWith(s.text, to - s.text.length());
      case CONTAINS -> {
        int i = path.indexOf(s.text, from);
        yield i >= 0 && i + s.text.length() <= to;
      }
      case REGEX -> s.regex.matcher(path).region(from, to).matches();
      case ANY_SEGMENTS -> throw new IllegalStateException();
    };
  }
}
