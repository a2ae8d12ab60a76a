package dev.folderalbums.core.sync;

import dev.folderalbums.immich.RequestListener;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts HTTP attempts by endpoint ({@code PUT /albums/{id}/assets}), for the run report. Pass it to the
 * {@code ImmichClient} builder and to {@link AlbumSync.Builder#requestCounter(RequestCounter)}.
 */
public final class RequestCounter implements RequestListener {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public void onAttempt(String method, String path, int status, long nanos, int attempt) {
    String endpoint = method + " " + path.replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}", "{id}");
    counts.computeIfAbsent(endpoint, k -> new AtomicInteger()).incrementAndGet();
  }

  /** @return the counts so far, sorted by endpoint */
  public Map<String, Integer> snapshot() {
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
