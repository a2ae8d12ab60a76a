package dev.folderalbums.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.server.SearchWindows.Window;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowQueueTest {
  /** Runs the queue on one thread against windows that truly have the given numbers of pages. */
  private static List<WindowQueue.Task> drive(List<Window> windows, int[] truePages, int lookAhead)
      throws InterruptedException {
    WindowQueue queue = new WindowQueue(windows, 100, lookAhead);
    List<WindowQueue.Task> fetched = new ArrayList<>();
    for (WindowQueue.Task t = queue.take(); t != null; t = queue.take()) {
      fetched.add(t);
      queue.done(t, t.page() < truePages[t.window()]);
    }
    return fetched;
  }

  @Test
  void everyPageOfEveryWindowIsFetchedOnceAndPage1sFirst() throws InterruptedException {
    List<Window> windows = List.of(new Window(null, null, 450), new Window(null, null, 90),
        new Window(null, null, 1000));
    List<WindowQueue.Task> fetched = drive(windows, new int[] {5, 1, 10}, 3);
    assertThat(fetched.subList(0, 3)).extracting(WindowQueue.Task::page).containsOnly(1);
    Set<WindowQueue.Task> distinct = new HashSet<>(fetched);
    assertThat(distinct).hasSameSizeAs(fetched);
    for (int[] wp : new int[][] {{0, 5}, {1, 1}, {2, 10}}) {
      for (int p = 1; p <= wp[1]; p++) {
        assertThat(distinct).contains(new WindowQueue.Task(wp[0], p));
      }
    }
    assertThat(fetched).as("the estimates were right: no page past an end").hasSize(16);
  }

  @Test
  void aWindowWithMorePagesThanItsEstimateIsFollowedToItsEnd() throws InterruptedException {
    List<WindowQueue.Task> fetched = drive(List.of(new Window(null, null, 100), new Window(null, null, 100)),
        new int[] {7, 1}, 3);
    assertThat(fetched).filteredOn(t -> t.window() == 0).extracting(WindowQueue.Task::page)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aWindowWithFewerPagesThanItsEstimateCostsAtMostTheLookAheadPastItsEnd() throws InterruptedException {
    List<WindowQueue.Task> fetched = drive(List.of(new Window(null, null, 5000)), new int[] {2}, 3);
    assertThat(fetched).extracting(WindowQueue.Task::page).startsWith(1, 2).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void aFailureStopsTheQueue() throws InterruptedException {
    WindowQueue queue = new WindowQueue(List.of(new Window(null, null, 100), new Window(null, null, 100)), 100, 1);
    assertThat(queue.take()).isNotNull();
    queue.fail();
    assertThat(queue.take()).isNull();
  }
}
