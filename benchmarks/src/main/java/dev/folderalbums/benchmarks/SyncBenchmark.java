package dev.folderalbums.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.Generation;
import dev.folderalbums.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end benchmark: seeds the fake Immich with N assets in a realistic tree and runs the real
 * {@code folder-albums} jar against it in its own JVM, three times (from scratch, again with nothing changed, again
 * with {@code --find-assets-in-albums}). Reports wall time, requests by endpoint, bytes, the child's peak heap and
 * RSS, and the ratio of wall time to the floor: the sum over endpoints of ⌈requests / threads⌉ × latency.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.folderalbums.benchmarks.SyncBenchmark
 * [--assets N] [--latency MS] [--item-micros US] [--threads N] [--heap SIZE]}
 */
public final class SyncBenchmark {
  private SyncBenchmark() {}

  /** @param args see the type's description */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    int n = Integer.parseInt(a.getOrDefault("--assets", "100000"));
    int latency = Integer.parseInt(a.getOrDefault("--latency", "0"));
    long itemMicros = Long.parseLong(a.getOrDefault("--item-micros", "0"));
    int threads = Integer.parseInt(a.getOrDefault("--threads", "4"));
    String heap = a.getOrDefault("--heap", "512m");
    Path jar = Path.of(a.getOrDefault("--jar", "album-cli/target/folder-albums.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build with ./mvnw -q package -DskipTests");
    }
    try (FakeImmich immich = FakeImmich.start(Generation.V3)) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      long seeded = seed(immich, me, n);
      immich.warmUp();
      immich.faults(FaultPlan.NONE.withLatency(latency));
      immich.searchCostPerItem(itemMicros);
      System.out.printf(Locale.ROOT, "%d assets (%d folders), latency %d ms, %d µs per item, %d threads, heap %s%n",
          n, seeded, latency, itemMicros, threads, heap);
      System.out.println("| run | wall s | floor s | ratio | requests | by endpoint | MB sent+received | peak heap MB"
          + " | peak RSS MB |");
      System.out.println("|---|---|---|---|---|---|---|---|---|");
      run("from scratch", immich, me, jar, heap, threads, latency, List.of());
      run("again, nothing changed", immich, me, jar, heap, threads, latency, List.of());
      run("again, --find-assets-in-albums", immich, me, jar, heap, threads, latency,
          List.of("--find-assets-in-albums"));
    }
  }

  /** About 50 assets per folder, depth 2 to 5, an album per year and event; 1% at root level, 1% outside. */
  private static long seed(FakeImmich immich, FakeUser me, int n) {
    Random random = new Random(7);
    int folders = Math.max(1, n / 50);
    List<String> folderPaths = new ArrayList<>(folders);
    for (int f = 0; f < folders; f++) {
      int depth = 2 + random.nextInt(4);
      StringBuilder p = new StringBuilder("/external_libs/photos/").append(2000 + f % 25)
          .append("/Event ").append(f / 50);
      for (int d = 2; d < depth; d++) {
        p.append("/Part ").append(random.nextInt(3));
      }
      folderPaths.add(p.toString());
    }
    List<String> paths = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int r = i % 100;
      String folder = r == 0 ? "/external_libs/photos" : r == 1 ? "/elsewhere/misc"
          : folderPaths.get(random.nextInt(folders));
      paths.add(folder + "/IMG_" + i + ".jpg");
      if (paths.size() == 50_000) {
        immich.addAssets(me, paths);
        paths.clear();
      }
    }
    immich.addAssets(me, paths);
    return folders;
  }

  private static void run(String label, FakeImmich immich, FakeUser me, Path jar, String heap, int threads,
      int latency, List<String> extra) throws IOException, InterruptedException {
    immich.clearRequests();
    Path gcLog = Files.createTempFile("folder-albums-gc", ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-Xlog:gc:file=" + gcLog));
    command.addAll(List.of(System.getProperty("childJvmOpts", "-XX:+UseSerialGC").split(" ")));
    command.addAll(List.of("-jar", jar.toString(), "/external_libs/photos", immich.baseUrl(),
        me.apiKey(), "-u", "-a", "2", "--threads", String.valueOf(threads), "--no-progress", "--output", "json",
        "--log-level", System.getProperty("childLogLevel", "WARNING")));
    command.addAll(extra);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    long peakRss = 0;
    long cpu = 0;
    byte[] output;
    try (var in = process.getInputStream()) {
      while (process.isAlive()) {
        peakRss = Math.max(peakRss, rssKb(process.pid()));
        cpu = process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(cpu);
        Thread.sleep(20);
      }
      output = in.readAllBytes();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      System.out.println("exit code " + process.exitValue() + ": " + new String(output, StandardCharsets.UTF_8));
    }
    JsonNode report = new ObjectMapper().readTree(output).path("runs").path(0);
    List<RecordedRequest> requests = immich.requests();
    Map<String, Integer> byEndpoint = new TreeMap<>();
    long bytes = 0;
    for (RecordedRequest r : requests) {
      byEndpoint.merge(r.endpoint(), 1, Integer::sum);
      bytes += r.responseBytes() + (r.body() == null ? 0 : r.body().length());
    }
    double floor = 0;
    for (int count : byEndpoint.values()) {
      floor += Math.ceil(count / (double) threads) * latency / 1000.0;
    }
    System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %s | %d | %s | %.1f | %d | %d |%n", label, wall, floor,
        floor > 0 ? String.format(Locale.ROOT, "%.2f", wall / floor) : "-", requests.size(), byEndpoint,
        bytes / 1e6, peakHeapMb(gcLog), peakRss / 1024);
    System.out.println("  client CPU " + cpu / 1000.0 + " s; report: " + report.path("albumsCreated").asInt()
        + " albums created, "
        + report.path("assetsAdded").asInt() + " assets added, " + report.path("assetsDiscovered").asInt()
        + " assets found");
    Files.deleteIfExists(gcLog);
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // the process ended between the check and the read
    }
    return 0;
  }

  /** The largest heap occupancy any GC saw before collecting, from the child's GC log. */
  private static long peakHeapMb(Path gcLog) throws IOException {
    long peak = 0;
    Matcher m = Pattern.compile("(\\d+)M->(\\d+)M").matcher(Files.readString(gcLog));
    while (m.find()) {
      peak = Math.max(peak, Math.max(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    }
    return peak;
  }
}
