package dev.folderalbums.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folderalbums.core.server.SearchWindows.Month;
import dev.folderalbums.core.server.SearchWindows.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SearchWindowsTest {
  private static Month m(String month, long assets) {
    return new Month(LocalDate.parse(month + "-01"), assets);
  }

  private static Window w(String after, String before, long assets) {
    return new Window(after == null ? null : Instant.parse(after), before == null ? null : Instant.parse(before),
        assets);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("no months", List.of(), List.of(w(null, null, 0))),
        Arguments.of("too few assets for two windows", List.of(m("2020-01", 3000), m("2020-02", 1000)),
            List.of(w(null, null, 4000))),
        Arguments.of("cut after the month that reaches the target, overlapping by a second",
            List.of(m("2020-01", 3000), m("2020-02", 3000), m("2020-03", 3000), m("2020-04", 100)),
            List.of(w(null, "2020-03-01T00:00:00Z", 6000), w("2020-02-29T23:59:59Z", null, 3100))),
        Arguments.of("any order; empty months ignored",
            List.of(m("2021-06", 5000), m("2019-01", 0), m("2020-02", 5000), m("2022-01", 0)),
            List.of(w(null, "2021-06-01T00:00:00Z", 5000), w("2021-05-31T23:59:59Z", null, 5000))),
        Arguments.of("the last month reaching the target makes no empty window",
            List.of(m("2020-01", 10), m("2020-02", 9000)), List.of(w(null, null, 9010))),
        Arguments.of("a month bigger than the target is a window of its own",
            List.of(m("2020-01", 100), m("2020-02", 20000), m("2020-03", 100)),
            List.of(w(null, "2020-03-01T00:00:00Z", 20100), w("2020-02-29T23:59:59Z", null, 100))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitsTheTimelineIntoWindows(String name, List<Month> months, List<Window> expected) {
    assertThat(SearchWindows.split(months, 5000)).containsExactlyElementsOf(expected);
  }

  @Test
  void windowsCoverEveryInstantWhateverTheMonths() {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      List<Month> months = new ArrayList<>();
      for (int i = random.nextInt(40); i > 0; i--) {
        months.add(new Month(LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1),
            random.nextInt(4000)));
      }
      List<Window> windows = SearchWindows.split(months, 1 + random.nextInt(8000));
      assertThat(windows.get(0).after()).isNull();
      assertThat(windows.get(windows.size() - 1).before()).isNull();
      for (int i = 1; i < windows.size(); i++) {
        assertThat(windows.get(i).after()).as("overlaps the window before").isBefore(windows.get(i - 1).before());
      }
    }
  }

  @Test
  void readsBothFormsOfAMonth() {
    assertThat(SearchWindows.monthStart("2024-03-01")).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(SearchWindows.monthStart("2024-03-01T00:00:00.000Z")).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThatThrownBy(() -> SearchWindows.monthStart("March")).isInstanceOf(DateTimeParseException.class);
  }
}
