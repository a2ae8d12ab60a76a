package dev.folderalbums.benchmarks;

import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.FakeUser;
import dev.folderalbums.testkit.Generation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Trains a start-up cache (Java 25's AOT cache, or a class-data archive on older Javas) on a real run: starts a
 * fake Immich seeded as the benchmark seeds it, runs the given command against it as a first run does (search
 * pages, album creates, covers, the JSON report), and ends with the command's exit code. The launcher runs it in the
 * background after each build, and the container image at build time; the JVM flag that records the cache is part
 * of the command.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.folderalbums.benchmarks.TrainingRun JAVA [JVM FLAGS]
 * -cp folder-albums.jar dev.folderalbums.cli.FolderAlbumsCommand}
 */
public final class TrainingRun {
  private TrainingRun() {}

  /** @param args the command that starts the tool, without the tool's own arguments */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: TrainingRun JAVA [JVM FLAGS] -cp JAR MAIN_CLASS");
      System.exit(2);
    }
    int code;
    try (FakeImmich immich = FakeImmich.start(Generation.V3)) {
      FakeUser me = immich.addUser("Training", "training@example.com");
      SyncBenchmark.seed(immich, me, 2_500);
      List<String> command = new ArrayList<>(List.of(args));
      // The JSON report: its generator's classes join the cache, and the text report needs none of its own. The
      // log lines at INFO are printed too, so their classes are in it as well.
      command.addAll(List.of("/external_libs/photos", immich.baseUrl(), me.apiKey(), "--unattended",
          "--album-levels", "2", "--output", "json"));
      Process tool = new ProcessBuilder(command).inheritIO().start();
      if (!tool.waitFor(5, TimeUnit.MINUTES)) {
        tool.destroyForcibly();
        System.err.println("the training run did not end within 5 minutes");
        System.exit(1);
      }
      code = tool.exitValue();
    }
    System.exit(code);
  }
}
