package dev.folderalbums.core.server;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * The pages of a windowed search, handed to workers: first page 1 of every window, then, for each window whose
 * page says there is more, the next pages, as many ahead as the window's estimate allows (a page past the end costs
 * the database a query, so a window that its first page ends costs one request).
 */
final class WindowQueue {
  /** A page of a window. */
  record Task(int window, int page) {}

  private final ArrayDeque<Task> queue = new ArrayDeque<>();
  private final int[] queuedUpTo;
  private final int[] lastPage;
  private final long[] estimatedPages;
  private final int lookAhead;
  private int inFlight;
  private boolean failed;

  /**
   * @param windows the windows
   * @param pageSize assets per page
   * @param lookAhead at most this many pages of one window queued beyond the one that said there is more
   */
  WindowQueue(List<SearchWindows.Window> windows, int pageSize, int lookAhead) {
    int n = windows.size();
    queuedUpTo = new int[n];
    lastPage = new int[n];
    estimatedPages = new long[n];
    Arrays.fill(lastPage, Integer.MAX_VALUE);
    this.lookAhead = Math.max(1, lookAhead);
    for (int w = 0; w < n; w++) {
      estimatedPages[w] = Math.max(1, (windows.get(w).assets() + pageSize - 1) / pageSize);
      queue.add(new Task(w, 1));
      queuedUpTo[w] = 1;
    }
  }

  /**
   * @return the next page to fetch, or {@code null} when every window is done or a fetch failed
   * @throws InterruptedException if interrupted while pages in flight may still add work
   */
  synchronized Task take() throws InterruptedException {
    while (true) {
      while (!failed && queue.isEmpty() && inFlight > 0) {
        wait();
      }
      if (failed || queue.isEmpty()) {
        return null;
      }
      Task task = queue.poll();
      if (task.page() <= lastPage[task.window()]) { // pages behind a window's last one are skipped
        inFlight++;
        return task;
      }
    }
  }

  /**
   * @param task a page that was fetched
   * @param more whether it said there is a next page
   */
  synchronized void done(Task task, boolean more) {
    inFlight--;
    int w = task.window();
    if (more) {
      long upTo = Math.max(task.page() + 1L, Math.min(task.page() + (long) lookAhead, estimatedPages[w]));
      for (int page = queuedUpTo[w] + 1; page <= upTo; page++) {
        queue.add(new Task(w, page));
        queuedUpTo[w] = page;
      }
    } else {
      lastPage[w] = Math.min(lastPage[w], task.page());
    }
    notifyAll();
  }

  /** A fetch failed: the other workers stop after their current page. */
  synchronized void fail() {
    failed = true;
    inFlight--;
    notifyAll();
  }
}
