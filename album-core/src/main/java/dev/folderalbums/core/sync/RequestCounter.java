package dev.folderalbums.core.sync;

import dev.folderalbums.immich.RequestListener;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Counts HTTP attempts by endpoint ({@code PUT /albums/{id}/assets}), for the run report. Pass it to the
 * {@code ImmichClient} builder and to {@link AlbumSync.Builder#requestCounter(RequestCounter)}.
 */
public final class RequestCounter implements RequestListener {
  /** An Immich id in a path; compiled once, as every request of a run passes here. */
  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}");

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public void onAttempt(String method, String path, int status, long nanos, int attempt) {
    String endpoint = method + " " + ID.matcher(path).replaceAll("{id}");
    counts.computeIfAbsent(endpoint, k -> new AtomicInteger()).incrementAndGet();
  }

  /** @return the counts so far, sorted by endpoint */
  public Map<String, Integer> snapshot() {
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
