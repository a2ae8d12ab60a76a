package dev.folderalbums.testkit;

/**
 * A request the fake received.
 *
 * @param method the HTTP method
 * @param path the path below {@code /api}, e.g. {@code /albums/ID/assets}
 * @param url the full URL as sent (path and query)
 * @param status the status it answered with (0 for a reset connection)
 * @param body the request body
 * @param apiKeyHeader the {@code x-api-key} header (so tests can check where the key travels)
 * @param responseBytes the size of the response body
 * @param receivedAtMillis when the fake received it, in {@link System#currentTimeMillis()} terms (so that a harness
 *     can line requests up with another process's clock)
 * @param modelledCostMicros the database cost the {@link FakeImmich.CostModel} gave it (0 without one), included in
 *     its latency
 */
public record RecordedRequest(String method, String path, String url, int status, String body, String apiKeyHeader,
    int responseBytes, long receivedAtMillis, long modelledCostMicros) {
  /** @return whether the request writes (anything but GET and the search POSTs) */
  public boolean isWrite() {
    return !method.equals("GET") && !(method.equals("POST") && path.startsWith("/search/"));
  }

  /** @return the endpoint with ids replaced by {@code {id}}, e.g. {@code PUT /albums/{id}/assets} */
  public String endpoint() {
    return method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
  }

  @Override
  public String toString() {
    return method + " " + url + " -> " + status;
  }
}
