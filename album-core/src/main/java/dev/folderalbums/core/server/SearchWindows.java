package dev.folderalbums.core.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a search into windows of the file date ({@code takenAfter}/{@code takenBefore}), sized by how many assets
 * each month holds. A not-in-album search makes Immich's database sort every matching asset whatever the page, so
 * paging it whole costs each page a sort of the whole library; a window's pages sort only the window.
 *
 * <p>The windows cover the whole time line, whatever the months say: the first has no lower bound, the last no
 * upper one, and each overlaps the next by a second, so that an asset on a boundary is found whether the server's
 * bounds are inclusive or not. Month counts only balance the windows; a wrong count costs time, never an asset.
 */
final class SearchWindows {
  private SearchWindows() {}

  /**
   * A month of the timeline.
   *
   * @param start the month's first day (the server's local date)
   * @param assets how many assets it holds
   */
  record Month(LocalDate start, long assets) {}

  /**
   * A window of file dates.
   *
   * @param after the lower bound, or {@code null} for none
   * @param before the upper bound, or {@code null} for none
   * @param assets how many assets the months in it hold (an estimate of what the search will find)
   */
  record Window(Instant after, Instant before, long assets) {
    static final Window ALL = new Window(null, null, -1);
  }

  /**
   * @param months the months (any order; empty ones are ignored)
   * @param target about how many assets a window should hold
   * @return consecutive windows that cover every instant, a single unbounded one when the months do not fill two
   */
  static List<Window> split(List<Month> months, long target) {
    List<Month> sorted = months.stream().filter(m -> m.assets() > 0).sorted(Comparator.comparing(Month::start))
        .toList();
    List<Window> windows = new ArrayList<>();
    Instant lower = null;
    long assets = 0;
    for (int i = 0; i < sorted.size(); i++) {
      assets += sorted.get(i).assets();
      if (assets >= target && i < sorted.size() - 1) {
        Instant upper = sorted.get(i + 1).start().atStartOfDay(ZoneOffset.UTC).toInstant();
        windows.add(new Window(lower, upper, assets));
        lower = upper.minusSeconds(1);
        assets = 0;
      }
    }
    windows.add(new Window(lower, null, assets));
    return windows;
  }

  /**
   * @param timeBucket a month as {@code GET /timeline/buckets} names it: {@code 2024-03-01}, or an ISO timestamp
   *     that starts with that date
   * @return the month's first day
   * @throws java.time.format.DateTimeParseException if it starts with no date
   */
  static LocalDate monthStart(String timeBucket) {
    return LocalDate.parse(timeBucket.length() > 10 ? timeBucket.substring(0, 10) : timeBucket);
  }
}
