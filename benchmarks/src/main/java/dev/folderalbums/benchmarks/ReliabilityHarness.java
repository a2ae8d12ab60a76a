package dev.folderalbums.benchmarks;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.plan.AlbumPlanner;
import dev.folderalbums.core.plan.PlannedAlbum;
import dev.folderalbums.testkit.FakeAlbum;
import dev.folderalbums.testkit.FakeAsset;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.FaultPlan;
import dev.folderalbums.testkit.Generation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real tool, in its own JVM, against a fake Immich that misbehaves, and counts what went wrong:
 * <ul>
 *   <li>seeded faults: 5% 500/502/503/504, 1% 429, 1% connection resets, 1% answers lost after the work, and 1% of
 *       answers slower than the tool's {@code --api-timeout}; then one clean rerun;</li>
 *   <li>a kill -9 loop: the tool is killed at a random moment of its run, then run again without faults.</li>
 * </ul>
 * For each, it reports duplicate albums (after the faulty run and after the rerun) and assets missing from the albums
 * the planner says they belong in.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.folderalbums.benchmarks.ReliabilityHarness [--seeds N]
 * [--kills N] [--assets N] [--jar PATH]}
 */
public final class ReliabilityHarness {
  private static final String ROOT = "/external_libs/photos";

  private ReliabilityHarness() {}

  /** @param args see the type's description */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = HarnessArgs.parse(args);
    int seeds = Integer.parseInt(a.getOrDefault("--seeds", "10"));
    int kills = Integer.parseInt(a.getOrDefault("--kills", "10"));
    int assets = Integer.parseInt(a.getOrDefault("--assets", "2000"));
    Path jar = Path.of(a.getOrDefault("--jar", "album-cli/target/folder-albums.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build with ./mvnw -q package -DskipTests");
    }
    System.out.printf(Locale.ROOT, "%d assets in %d folders per trial%n", assets, assets / 20);
    System.out.println("| trial | exit codes | duplicates after the faulty run | after the rerun | assets missing"
        + " after the rerun |");
    System.out.println("|---|---|---|---|---|");
    int[] totals = new int[3];
    for (int seed = 1; seed <= seeds; seed++) {
      // 1% of answers take 3 s, longer than --api-timeout 2: the creates among them are the ambiguous case.
      FaultPlan faults = new FaultPlan(seed, 0.07, List.of(500, 502, 503, 504, 429, 500, 502), 0.01, 0, 0.01, 3000,
          0.01);
      add(totals, trial("seed " + seed, jar, assets, seed, faults, -1));
    }
    System.out.printf(Locale.ROOT, "| all %d seeds | | %d | %d | %d |%n", seeds, totals[0], totals[1], totals[2]);
    int[] killTotals = new int[3];
    Random random = new Random(42);
    for (int k = 1; k <= kills; k++) {
      add(killTotals, trial("kill -9 #" + k, jar, assets, 100 + k, FaultPlan.NONE, 300 + random.nextInt(2500)));
    }
    System.out.printf(Locale.ROOT, "| all %d kills | | %d | %d | %d |%n", kills, killTotals[0], killTotals[1],
        killTotals[2]);
  }

  private static void add(int[] totals, int[] trial) {
    for (int i = 0; i < totals.length; i++) {
      totals[i] += trial[i];
    }
  }

  /**
   * @param killAfterMillis when not negative, the first run is killed with SIGKILL after this long
   * @return duplicates after the first run, duplicates after the rerun, assets missing after the rerun
   */
  private static int[] trial(String label, Path jar, int assets, long seed, FaultPlan faults, long killAfterMillis)
      throws Exception {
    try (FakeImmich immich = FakeImmich.start(Generation.V3)) {
      FakeUser me = immich.addUser("Me", "me@example.com");
      List<FakeAsset> added = immich.addAssets(me, paths(assets, seed));
      immich.faults(faults);
      int first = run(jar, immich, me, killAfterMillis);
      int duplicatesFirst = duplicates(immich.albums(me));
      immich.restore();
      immich.faults(FaultPlan.NONE);
      int second = run(jar, immich, me, -1);
      List<FakeAlbum> albums = immich.albums(me);
      int missing = missing(albums, added);
      int[] result = {duplicatesFirst, duplicates(albums), missing};
      System.out.printf(Locale.ROOT, "| %s | %s, %d | %d | %d | %d |%n", label, first == Integer.MIN_VALUE
          ? "killed" : String.valueOf(first), second, result[0], result[1], result[2]);
      return result;
    }
  }

  private static List<String> paths(int assets, long seed) {
    Random random = new Random(seed);
    List<String> paths = new ArrayList<>(assets);
    for (int i = 0; i < assets; i++) {
      int folder = random.nextInt(Math.max(1, assets / 20));
      paths.add(ROOT + "/" + (2000 + folder % 25) + "/Event " + folder + "/" + i + ".jpg");
    }
    return paths;
  }

  private static int run(Path jar, FakeImmich immich, FakeUser me, long killAfterMillis) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), ROOT, immich.baseUrl(), me.apiKey(),
        "-u", "-a", "2", "--delete-confirm", "--api-timeout", "2", "--no-progress", "--log-level", "ERROR");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly(); // SIGKILL
      p.waitFor();
      return Integer.MIN_VALUE;
    }
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the tool did not finish within 10 minutes");
    }
    return p.exitValue();
  }

  private static int duplicates(List<FakeAlbum> albums) {
    Set<String> names = new HashSet<>();
    int duplicates = 0;
    for (FakeAlbum album : albums) {
      if (!names.add(album.name())) {
        duplicates++;
      }
    }
    return duplicates;
  }

  /** Assets that are not in the album the planner puts them in. */
  private static int missing(List<FakeAlbum> albums, List<FakeAsset> assets) {
    AlbumOptions options = AlbumOptions.builder().rootPath(ROOT).albumLevels("2").build();
    List<Asset> planned = assets.stream().map(x -> new Asset(x.id(), x.originalPath(), x.fileCreatedAt(), null,
        false, null)).toList();
    Map<String, Set<String>> members = new HashMap<>();
    albums.forEach(al -> members.computeIfAbsent(al.name(), n -> new HashSet<>()).addAll(al.assetIds()));
    int missing = 0;
    for (PlannedAlbum album : AlbumPlanner.of(options).plan(planned).albums()) {
      Set<String> have = members.getOrDefault(album.name(), Set.of());
      missing += (int) album.assetIds().stream().filter(id -> !have.contains(id)).count();
    }
    return missing;
  }
}
