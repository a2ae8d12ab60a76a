package dev.folderalbums.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.folderalbums.testkit.FakeAsset;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.Generation;
import dev.folderalbums.testkit.RecordedRequest;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end benchmark: seeds the fake Immich with N assets in a realistic tree, warms the fake up, and runs the
 * real tool against it through its launcher (or a plain {@code java -jar}), in its own JVM, three times: from scratch,
 * again with nothing changed, again with {@code --find-assets-in-albums}; all of it {@code --repeat} times. Reports,
 * for the median repetition, wall time, requests by endpoint, bytes, the child's peak heap, RSS, CPU and GC pauses,
 * the fake's CPU, when each endpoint was called, and the ratio of wall time to the floor: the sum over endpoints of
 * ⌈requests / threads⌉ × latency.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.folderalbums.benchmarks.SyncBenchmark
 * [--assets N] [--latency MS] [--item-micros US] [--cost-model immich-1.135] [--threads N] [--heap SIZE]
 * [--runs 1..3] [--repeat K]
 * [--launcher PATH | --jar PATH] [--python-floor benchmarks/python/python_floor.py [--python INTERPRETER]]
 * [--scheduled TICKS]}
 *
 * <p>With {@code --python-floor}, each repetition also runs that script the same way after the tool's runs, from
 * scratch again: a lower bound for the Python tool, which does at least its requests and work.
 *
 * <p>With {@code --scheduled TICKS}, it then runs the tool as the container does on a schedule, one process on
 * {@code --cron "* * * * *"}, and reports that many ticks after the first (a minute each).
 */
public final class SyncBenchmark {
  private SyncBenchmark() {}

  /** @param args see the type's description */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = HarnessArgs.parse(args);
    int n = Integer.parseInt(a.getOrDefault("--assets", "100000"));
    int latency = Integer.parseInt(a.getOrDefault("--latency", "0"));
    long itemMicros = Long.parseLong(a.getOrDefault("--item-micros", "0"));
    int threads = Integer.parseInt(a.getOrDefault("--threads", "4"));
    String heap = a.getOrDefault("--heap", "512m");
    int runs = Integer.parseInt(a.getOrDefault("--runs", "3")); // fewer when profiling the first run
    int repeat = Integer.parseInt(a.getOrDefault("--repeat", "3"));
    // As users run it: through the launcher, with its JVM flags and its class-data archive (made by the first run,
    // here the rehearsal). --jar runs a plain `java -jar` with -DchildJvmOpts instead.
    Launch launch = a.containsKey("--jar") ? new Launch(null, Path.of(a.get("--jar")), null, null)
        : new Launch(Path.of(a.getOrDefault("--launcher", "folder-albums")).toAbsolutePath(),
            Path.of("album-cli/target/folder-albums.jar"), null, null);
    // The interpreter itself, not a version manager's shim (pyenv's adds 0.3 s to each start).
    Launch python = a.containsKey("--python-floor") ? new Launch(null, null, Path.of(a.get("--python-floor")),
        a.getOrDefault("--python", "python3")) : null;
    if (!Files.isRegularFile(launch.jar())) {
      throw new IllegalStateException(launch.jar() + " is missing: build with ./mvnw -q package -DskipTests");
    }
    try (FakeImmich immich = FakeImmich.start(Generation.V3)) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      long seeded = seed(immich, me, n);
      immich.warmUp();
      warmUpServer(immich);
      rehearse(immich, launch, heap, threads);
      immich.faults(FaultPlan.NONE.withLatency(latency));
      immich.searchCostPerItem(itemMicros);
      // A real server's database cost per search page (offset, not-in-album sort), where asked for.
      immich.searchCostModel(a.containsKey("--cost-model") ? FakeImmich.CostModel.IMMICH_1_135 : null);
      System.out.printf(Locale.ROOT, "%d assets (%d folders), latency %d ms, %d µs per item, %d threads, heap %s%s%n",
          n, seeded, latency, itemMicros, threads, heap, a.containsKey("--cost-model")
              ? ", database cost model " + FakeImmich.CostModel.IMMICH_1_135 : "");
      System.out.println("start-up path: " + startUpPath(launch));
      System.out.printf(Locale.ROOT, "median of %d repetitions; the range of wall times in brackets%n", repeat);
      System.out.println("| run | wall s | floor s | ratio | requests | by endpoint | MB sent+received | peak heap MB"
          + " | peak RSS MB |");
      System.out.println("|---|---|---|---|---|---|---|---|---|");
      List<String> labels = List.of("from scratch", "again, nothing changed", "again, --find-assets-in-albums");
      List<List<String>> extras = List.of(List.of(), List.of(), List.of("--find-assets-in-albums"));
      Map<String, List<Row>> rows = new LinkedHashMap<>();
      for (int r = 0; r < repeat; r++) {
        for (Launch l : python == null ? List.of(launch) : List.of(launch, python)) {
          immich.removeAlbums(me); // each repetition, and the floor, start from scratch again
          String prefix = l.python() == null ? "" : "Python floor: ";
          for (int i = 0; i < Math.min(runs, labels.size()); i++) {
            rows.computeIfAbsent(prefix + labels.get(i), k -> new ArrayList<>())
                .add(run(prefix + labels.get(i), immich, me, l, heap, threads, latency, extras.get(i)));
          }
        }
      }
      rows.values().forEach(SyncBenchmark::printMedian);
      int ticks = Integer.parseInt(a.getOrDefault("--scheduled", "0"));
      if (ticks > 0) {
        scheduled(immich, me, launch, heap, threads, ticks);
      }
    }
  }

  /**
   * The rerun as the container runs it on {@code CRON_EXPRESSION}: one process that stays up and syncs on each tick
   * of {@code * * * * *}. Reports each tick after the first (the first pays the start-up): the run's own duration,
   * as its report gives it, and the process's CPU from just before the tick to its report, from {@code /proc}. The
   * Python tool's container starts a new process on each tick, so its figure is its rerun row.
   */
  private static void scheduled(FakeImmich immich, FakeUser me, Launch launch, String heap, int threads, int ticks)
      throws IOException, InterruptedException {
    immich.removeAlbums(me); // the immediate run creates the albums; the ticks after it have nothing to do
    Path gcLog = Files.createTempFile("folder-albums-gc", ".log");
    ProcessBuilder command = command(immich, me, launch, heap, threads, gcLog,
        List.of("--cron", "* * * * *", "--run-immediately"));
    Process process = command.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    System.out.println("| scheduled (`--cron`), tick | run s (its report) | CPU s | requests | RSS MB after |");
    System.out.println("|---|---|---|---|---|");
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      long cpuBefore = 0;
      for (int tick = 0; tick <= ticks; tick++) {
        StringBuilder report = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          report.append(line).append('\n');
          if (line.equals("}")) {
            break; // the end of one tick's report
          }
        }
        long cpuAfter = procCpuMillis(process.pid());
        JsonNode run = new ObjectMapper().readTree(report.toString()).path("runs").path(0);
        int requests = immich.requests().size();
        if (tick > 0) {
          System.out.printf(Locale.ROOT, "| %d | %.3f | %.2f | %d | %d |%n", tick, run.path("durationMillis").asLong()
              / 1000.0, (cpuAfter - cpuBefore) / 1000.0, requests, statusKb(process.pid(), "VmRSS:") / 1024);
        }
        if (tick < ticks) {
          // Until two seconds before the next minute, when the next tick's CPU starts to count.
          long now = System.currentTimeMillis();
          Thread.sleep(Math.max(0, 58_000 - now % 60_000));
          immich.clearRequests();
          cpuBefore = procCpuMillis(process.pid());
        }
      }
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
      Files.deleteIfExists(gcLog);
    }
  }

  /** User and system time of a process (the launcher execs the JVM, so this is the JVM's), from /proc. */
  private static long procCpuMillis(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticksPerSecond = 100; // USER_HZ, 100 on Linux
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / ticksPerSecond;
  }

  /**
   * One measured run, printed as a table row and two lines of detail.
   *
   * @param wall wall time in seconds
   * @param lines the row and its details, with {@code {range}} where the range of wall times goes
   */
  private record Row(double wall, String lines) {}

  private static void printMedian(List<Row> rows) {
    List<Row> sorted = rows.stream().sorted(Comparator.comparingDouble(Row::wall)).toList();
    String range = sorted.size() == 1 ? "" : " (" + seconds(sorted.get(0).wall()) + "–"
        + seconds(sorted.get(sorted.size() - 1).wall()) + ")";
    Row median = sorted.get((sorted.size() - 1) / 2);
    System.out.println(median.lines().replace("{wall}", seconds(median.wall())).replace("{range}", range));
  }

  /** Tenths of a second, hundredths below one second: the rerun's differences are hundredths. */
  private static String seconds(double wall) {
    return String.format(Locale.ROOT, wall < 1 ? "%.2f" : "%.1f", wall);
  }

  /**
   * About 50 assets per folder, depth 2 to 5, an album per year and event; 1% at root level, 1% outside. Each asset
   * is dated within its folder's year (25 years), so that the timeline's months are as a real library's are.
   */
  static long seed(FakeImmich immich, FakeUser me, int n) {
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
    List<Integer> years = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int r = i % 100;
      int folder = random.nextInt(folders);
      paths.add((r == 0 ? "/external_libs/photos" : r == 1 ? "/elsewhere/misc" : folderPaths.get(folder))
          + "/IMG_" + i + ".jpg");
      years.add(r <= 1 ? 2000 + random.nextInt(25) : 2000 + folder % 25);
      if (paths.size() == 50_000 || i == n - 1) {
        List<FakeAsset> added = immich.addAssets(me, paths);
        for (int k = 0; k < added.size(); k++) {
          FakeAsset a = added.get(k);
          Instant date = LocalDate.of(years.get(k), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
              .plusSeconds(random.nextInt(365 * 86_400));
          immich.putAsset(new FakeAsset(a.id(), a.ownerId(), a.originalPath(), date, a.visibility(), a.offline(),
              a.trashed(), a.livePhotoVideoId(), a.type()));
        }
        paths.clear();
        years.clear();
      }
    }
    return folders;
  }

  /**
   * Serves a few thousand searches and creates for another user before anything is measured, so that the fake's JIT
   * compiler has done its work: on two cores, its compilations during a run would be charged to the tool.
   */
  private static void warmUpServer(FakeImmich immich) throws IOException, InterruptedException {
    FakeUser other = immich.addUser("Warm-up", "warm-up@example.com");
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      paths.add("/warm-up/" + i % 50 + "/IMG_" + i + ".jpg");
    }
    List<String> ids = immich.addAssets(other, paths).stream().map(FakeAsset::id).toList();
    immich.warmUp();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    HttpClient http = HttpClient.newBuilder().executor(threads).build();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      String body = i % 20 == 0 ? "{\"page\":" + (1 + i / 20 % 5) + ",\"size\":1000,\"withDeleted\":false}"
          : "{\"albumName\":\"Warm-up " + i + "\",\"assetIds\":[\""
              + String.join("\",\"", ids.subList(i % 50 * 100, i % 50 * 100 + 100)) + "\"]}";
      inFlight.add(http.sendAsync(HttpRequest.newBuilder()
          .uri(URI.create(immich.baseUrl() + (i % 20 == 0 ? "/api/search/metadata" : "/api/albums")))
          .header("x-api-key", other.apiKey()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.discarding()));
      if (inFlight.size() == 8) {
        inFlight.forEach(CompletableFuture::join);
        inFlight.clear();
      }
    }
    inFlight.forEach(CompletableFuture::join);
    threads.shutdown();
  }

  /**
   * How the tool is started.
   *
   * @param launcher the launcher script, or {@code null} for {@code java -jar}
   * @param jar the jar (the launcher's, or the one to run)
   * @param python instead of the tool, this Python script ({@code python_floor.py}), or {@code null}
   * @param interpreter the Python that runs it
   */
  private record Launch(Path launcher, Path jar, Path python, String interpreter) {}

  /**
   * The start-up path the launcher takes, by its own rules: the Java it finds (JAVA_HOME, else the one on the
   * path), and the cache beside the jar that the rehearsal runs made.
   */
  private static String startUpPath(Launch launch) throws IOException {
    if (launch.launcher() == null) {
      return "java -jar on " + System.getProperty("java.version") + " with " + System.getProperty("childJvmOpts",
          "-XX:+UseSerialGC") + " (no cache)";
    }
    String javaHome = System.getenv("JAVA_HOME");
    Path java = javaHome != null ? Path.of(javaHome, "bin", "java") : which("java");
    Path release = java == null ? null : java.toRealPath().getParent().getParent().resolve("release");
    String version = "unknown";
    if (release != null && Files.isRegularFile(release)) {
      Matcher m = Pattern.compile("JAVA_VERSION=\"([^\"]+)\"").matcher(Files.readString(release));
      version = m.find() ? m.group(1) : version;
    }
    String jar = launch.jar().toString();
    Path aot = Path.of(jar.replaceAll("\\.jar$", ".aot"));
    Path jsa = Path.of(jar.replaceAll("\\.jar$", ".jsa"));
    int major = Integer.parseInt(version.replaceAll("^(\\d+).*", "$1").replaceAll("\\D", "0"));
    String cache = major >= 25 ? (newer(aot, launch.jar()) ? "AOT cache " + aot.getFileName() : "no AOT cache yet")
        : (newer(jsa, launch.jar()) ? "class-data archive " + jsa.getFileName() : "no class-data archive yet");
    return "launcher, Java " + version + ", " + cache + ", C1 only, serial GC, young generation 1/9";
  }

  private static boolean newer(Path cache, Path jar) throws IOException {
    return Files.isRegularFile(cache)
        && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0;
  }

  private static Path which(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static ProcessBuilder command(FakeImmich immich, FakeUser user, Launch launch, String heap, int threads,
      Path gcLog, List<String> extra) {
    List<String> command = new ArrayList<>();
    if (launch.python() != null) {
      command.addAll(List.of(launch.interpreter(), launch.python().toString(), "/external_libs/photos",
          immich.baseUrl() + "/api/", user.apiKey(), "-u", "-a", "2"));
      if (extra.contains("--find-assets-in-albums")) {
        command.add("-A");
      }
      return new ProcessBuilder(command);
    }
    String jvm = "-Xmx" + heap + " -Xlog:gc:file=" + gcLog;
    String childJvmOpts = System.getProperty("childJvmOpts");
    if (launch.launcher() != null) {
      command.add(launch.launcher().toString());
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(jvm.split(" ")));
      command.addAll(List.of((childJvmOpts == null ? "-XX:+UseSerialGC" : childJvmOpts).split(" ")));
      command.addAll(List.of("-jar", launch.jar().toString()));
    }
    command.addAll(List.of("/external_libs/photos", immich.baseUrl(),
        user.apiKey(), "-u", "-a", "2", "--threads", String.valueOf(threads), "--no-progress", "--output", "json",
        "--log-level", System.getProperty("childLogLevel", "WARNING")));
    command.addAll(extra);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (launch.launcher() != null) {
      builder.environment().put("FOLDER_ALBUMS_JAVA_OPTS", jvm + (childJvmOpts == null ? "" : " " + childJvmOpts));
    }
    return builder;
  }

  /**
   * Runs the tool for another user as the measured runs will (from scratch, then finding assets in albums), so that
   * every endpoint they call has been served before, then waits until the fake's JIT compiler is idle.
   */
  private static void rehearse(FakeImmich immich, Launch launch, String heap, int threads)
      throws IOException, InterruptedException {
    FakeUser rehearsal = immich.addUser("Rehearsal", "rehearsal@example.com");
    seed(immich, rehearsal, 10_000);
    immich.warmUp();
    Path gcLog = Files.createTempFile("folder-albums-gc", ".log");
    for (List<String> extra : List.of(List.<String>of(), List.of("--find-assets-in-albums"))) {
      command(immich, rehearsal, launch, heap, threads, gcLog, extra)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start().waitFor();
    }
    Files.deleteIfExists(gcLog);
    // The launcher trains its start-up cache in the background after a build; measure only once it is there.
    for (long deadline = System.nanoTime() + 300_000_000_000L; launch.launcher() != null
        && startUpPath(launch).contains(" yet") && System.nanoTime() < deadline; ) {
      Thread.sleep(500);
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long deadline = System.nanoTime() + 60_000_000_000L;
    long before;
    do {
      before = jit.getTotalCompilationTime();
      Thread.sleep(1000);
    } while (jit.getTotalCompilationTime() - before > 10 && System.nanoTime() < deadline);
  }

  private static Row run(String label, FakeImmich immich, FakeUser me, Launch launch, String heap, int threads,
      int latency, List<String> extra) throws IOException, InterruptedException {
    immich.clearRequests();
    Path gcLog = Files.createTempFile("folder-albums-gc", ".log");
    ProcessBuilder command = command(immich, me, launch, heap, threads, gcLog, extra);
    // The CPU of the command and all it starts (the launcher's shell, the JVM), exactly: the shell's `times` after
    // the command has ended, written to a file.
    Path times = Files.createTempFile("folder-albums-times", ".txt");
    List<String> wrapped = new ArrayList<>(List.of("sh", "-c", "\"$@\"; s=$?; times > \"$TIMES_FILE\"; exit $s",
        "sh"));
    wrapped.addAll(command.command());
    command.command(wrapped);
    command.environment().put("TIMES_FILE", times.toString());
    long fakeCpuStart = fakeCpuNanos();
    long start = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    Process process = command.redirectError(ProcessBuilder.Redirect.INHERIT).start();
    long peakRss = 0;
    byte[] output;
    try (var in = process.getInputStream()) {
      // Sampling is kept light (a small /proc read every 100 ms): the harness shares the two cores with the tool.
      // Peak RSS is the kernel's high-water mark of the process the shell started; a run shorter than the first
      // sample reports none.
      do {
        for (ProcessHandle child : process.toHandle().children().toList()) {
          peakRss = Math.max(peakRss, statusKb(child.pid(), "VmHWM:"));
        }
      } while (!process.waitFor(100, TimeUnit.MILLISECONDS));
      output = in.readAllBytes();
    }
    long cpu = childrenCpuMillis(times);
    Files.deleteIfExists(times);
    double wall = (System.nanoTime() - start) / 1e9;
    double fakeCpu = (fakeCpuNanos() - fakeCpuStart) / 1e9;
    long endMillis = startMillis + Math.round(wall * 1000);
    if (process.exitValue() != 0) {
      System.out.println("exit code " + process.exitValue() + ": " + new String(output, StandardCharsets.UTF_8));
    }
    String text = new String(output, StandardCharsets.UTF_8);
    // JVM options such as a flight recording may print a line before the report; the Python floor prints none
    JsonNode report = launch.python() != null ? new ObjectMapper().createObjectNode()
        : new ObjectMapper().readTree(text.substring(Math.max(0, text.indexOf('{')))).path("runs").path(0);
    List<RecordedRequest> requests = immich.requests();
    Map<String, Integer> byEndpoint = new TreeMap<>();
    long bytes = 0;
    long modelledMicros = 0;
    for (RecordedRequest r : requests) {
      modelledMicros += r.modelledCostMicros();
      byEndpoint.merge(r.endpoint(), 1, Integer::sum);
      bytes += r.responseBytes() + (r.body() == null ? 0 : r.body().length());
    }
    double floor = 0;
    for (int count : byEndpoint.values()) {
      floor += Math.ceil(count / (double) threads) * latency / 1000.0;
    }
    String row = String.format(Locale.ROOT, "| %s | {wall}{range} | %.1f | %s | %d | %s | %.1f | %d | %d |%n", label,
        floor, floor > 0 ? String.format(Locale.ROOT, "%.2f", wall / floor) : "-", requests.size(), byEndpoint,
        bytes / 1e6, peakHeapMb(gcLog), peakRss / 1024)
        + String.format(Locale.ROOT, "  client CPU %.2f s, fake CPU %.2f s, modelled database time %.1f s; report: %d"
            + " albums created, %d assets added, %d assets found%n", cpu / 1000.0, fakeCpu, modelledMicros / 1e6,
            report.path("albumsCreated").asInt(),
            report.path("assetsAdded").asInt(), report.path("assetsDiscovered").asInt())
        + String.format(Locale.ROOT, "  GC pauses %.2f s; timeline: %s", gcPauseSeconds(gcLog),
            timeline(requests, startMillis, endMillis));
    Files.deleteIfExists(gcLog);
    return new Row(wall, row);
  }

  /**
   * When each endpoint's requests arrived, in seconds from the child's start: shows how wall time splits into
   * start-up, phases and exit.
   */
  private static String timeline(List<RecordedRequest> requests, long startMillis, long endMillis) {
    Map<String, long[]> spans = new LinkedHashMap<>();
    long last = startMillis;
    for (RecordedRequest r : requests) {
      long[] span = spans.computeIfAbsent(r.endpoint(), e -> new long[] {r.receivedAtMillis(), r.receivedAtMillis()});
      span[0] = Math.min(span[0], r.receivedAtMillis());
      span[1] = Math.max(span[1], r.receivedAtMillis());
      last = Math.max(last, r.receivedAtMillis());
    }
    StringBuilder out = new StringBuilder();
    spans.forEach((endpoint, span) -> out.append(String.format(Locale.ROOT, "%s %.2f–%.2f; ", endpoint,
        (span[0] - startMillis) / 1e3, (span[1] - startMillis) / 1e3)));
    return out.append(String.format(Locale.ROOT, "exit %.2f s after the last request", (endMillis - last) / 1e3))
        .toString();
  }

  /** The CPU time of this process, which is the fake's (and the sampling loop's, a few milliseconds). */
  private static long fakeCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * @param times what the shell's {@code times} wrote: its own user and system time, then its children's, e.g.
   *     {@code 0m0.010s 0m0.002s} and {@code 0m1.204s 0m0.161s}
   * @return the children's user and system CPU time
   */
  private static long childrenCpuMillis(Path times) throws IOException {
    List<String> lines = Files.readAllLines(times);
    long total = 0;
    Matcher m = Pattern.compile("(\\d+)m([0-9.]+)s").matcher(lines.size() < 2 ? "" : lines.get(1));
    while (m.find()) {
      total += Long.parseLong(m.group(1)) * 60_000 + Math.round(Double.parseDouble(m.group(2)) * 1000);
    }
    return total;
  }

  /** A field of /proc/PID/status in kB, e.g. {@code VmHWM:} (peak RSS) or {@code VmRSS:}; 0 once it has ended. */
  private static long statusKb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // the process ended between the check and the read
    }
    return 0;
  }

  /** The sum of the child's GC pauses, from its GC log. */
  private static double gcPauseSeconds(Path gcLog) throws IOException {
    double total = 0;
    if (!Files.exists(gcLog)) {
      return 0;
    }
    Matcher m = Pattern.compile("Pause.* ([0-9.]+)ms").matcher(Files.readString(gcLog));
    while (m.find()) {
      total += Double.parseDouble(m.group(1)) / 1000;
    }
    return total;
  }

  /** The largest heap occupancy any GC saw before collecting, from the child's GC log. */
  private static long peakHeapMb(Path gcLog) throws IOException {
    long peak = 0;
    if (!Files.exists(gcLog)) {
      return 0;
    }
    Matcher m = Pattern.compile("(\\d+)M->(\\d+)M").matcher(Files.readString(gcLog));
    while (m.find()) {
      peak = Math.max(peak, Math.max(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    }
    return peak;
  }
}
