package dev.folderalbums.core.sync;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did.
 *
 * @param user the user's name or email
 * @param dryRun whether nothing was written
 * @param assetsDiscovered distinct assets found
 * @param albumsCreated albums created
 * @param assetsAdded assets added to albums
 * @param propertiesChanged album property updates
 * @param sharesChanged shares added, changed or removed
 * @param visibilityChanged assets whose visibility changed
 * @param albumsDeleted albums deleted
 * @param offlineAssetsRemoved offline assets taken out of albums (sync mode 2); assets are never deleted
 * @param pending actions not done because they need {@code --delete-confirm} or a dry run held them back
 * @param failures what failed and why
 * @param warnings things to know
 * @param requests HTTP attempts by endpoint, e.g. {@code PUT /albums/{id}/assets}, sorted by endpoint
 * @param duration how long it took
 */
public record SyncReport(String user, boolean dryRun, int assetsDiscovered, int albumsCreated, int assetsAdded,
    int propertiesChanged, int sharesChanged, int visibilityChanged, int albumsDeleted, int offlineAssetsRemoved,
    List<String> pending, List<Failure> failures, List<String> warnings, Map<String, Integer> requests,
    Duration duration) {

  /** Copies the collections; the requests sorted, so that a report reads the same from one run to the next. */
  public SyncReport {
    pending = List.copyOf(pending);
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
    requests = Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(requests)));
  }

  /** @return whether anything failed */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  /**
   * One failed action.
   *
   * @param album the album's name, or {@code null}
   * @param action what was attempted
   * @param reason why it failed
   */
  public record Failure(String album, String action, String reason) {}
}
