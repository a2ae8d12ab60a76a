package dev.folderalbums.benchmarks;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.plan.AlbumPlan;
import dev.folderalbums.core.plan.AlbumPlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans N paths four levels deep with {@code -a 2}, one path filter, one ignore and one post-regex: the issue's
 * configuration. Single-threaded; one call plans all N paths, so paths per second = N / (seconds per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx300m", "-Xms300m"})
public class PlannerBenchmark {
  @Param({"1000000"})
  int paths;

  private List<Asset> assets;
  private AlbumPlanner planner;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    assets = new ArrayList<>(paths);
    Instant base = Instant.parse("2015-01-01T00:00:00Z");
    // About 50 assets per folder: years / months / events / days, as a photo library is laid out.
    int folders = Math.max(1, paths / 50);
    for (int i = 0; i < paths; i++) {
      int f = random.nextInt(folders);
      String path = "/external_libs/photos/" + (2010 + f % 15) + "/" + String.format("%02d", 1 + f % 12)
          + " Month/Event_" + (f / 180) + "_Trip/Day " + (f % 7) + "/IMG_" + i + (i % 10 == 0 ? ".MOV" : ".jpg");
      assets.add(new Asset("id-" + i, path, base.plusSeconds(i * 60L), Visibility.TIMELINE, false, null));
    }
    AlbumOptions options = AlbumOptions.builder().rootPath("/external_libs/photos").albumLevels("2")
        .pathFilter("20*/**").ignore("**/*.MOV").nameRewrite("(\\d{4}) (\\d{2}) Month", "\\2/\\1").build();
    planner = AlbumPlanner.of(options);
  }

  @Benchmark
  public AlbumPlan plan() {
    return planner.plan(assets);
  }
}
