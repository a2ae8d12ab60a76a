package dev.folderalbums.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.folderalbums.immich.AssetSummaryPage;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads one full search page (1,000 assets, as the fake Immich writes them in v3 shapes) into an
 * {@link AssetSummaryPage}: the client's share of discovery, which at 1 M assets is a thousand such pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx300m", "-Xms300m"})
public class PageReadingBenchmark {
  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] page;

  @Setup
  public void setUp() throws Exception {
    try (FakeImmich immich = FakeImmich.start()) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        paths.add("/external_libs/photos/" + (2000 + i % 25) + "/Event " + (i / 50) + "/IMG_" + i + ".jpg");
      }
      immich.addAssets(me, paths);
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
          .uri(URI.create(immich.baseUrl() + "/api/search/metadata"))
          .header("x-api-key", me.apiKey()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"page\":1,\"size\":1000}")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      page = mapper.writeValueAsBytes(mapper.readTree(response.body()).get("assets"));
    }
    if (read().items().size() != 1000) {
      throw new IllegalStateException("the page should hold 1000 assets");
    }
  }

  /** @return the page read */
  @Benchmark
  public AssetSummaryPage read() throws Exception {
    return mapper.readValue(page, AssetSummaryPage.class);
  }
}
