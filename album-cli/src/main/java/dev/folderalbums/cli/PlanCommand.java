package dev.folderalbums.cli;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.plan.AlbumPlan;
import dev.folderalbums.core.plan.AlbumPlanner;
import dev.folderalbums.core.props.AlbumPropsReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code folder-albums plan}: previews the albums for a list of paths, offline. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Shows the albums a configuration makes from a list of asset paths, without a server.",
        "Reads one path (as Immich's originalPath) per line. Takes the same naming and filter options as the main "
            + "command."})
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--paths-from", paramLabel = "FILE", required = true,
      description = "The file with one asset path per line, or - for standard input.")
  String pathsFrom;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Mixin PlanningOptions planning = new PlanningOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format: '" + format + "' is not allowed; use text or json");
    }
    AlbumOptions options = planning.toBuilder(List.of()).build();
    List<Asset> assets = new ArrayList<>();
    for (String line : readLines()) {
      String path = line.strip();
      if (!path.isEmpty()) {
        assets.add(Asset.ofPath(path));
      }
    }
    AlbumPlanner planner = AlbumPlanner.of(options, AlbumPropsReader.filesystem("", ""));
    AlbumPlan plan = planner.plan(assets);
    out.print(format.equals("json") ? PlanRenderer.json(plan) + "\n" : PlanRenderer.text(plan));
    out.flush();
    return ExitCode.OK.code();
  }

  private List<String> readLines() throws IOException {
    if (pathsFrom.equals("-")) {
      List<String> lines = new ArrayList<>();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
      return lines;
    }
    try {
      return Files.readAllLines(Path.of(pathsFrom), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("--paths-from: the file " + pathsFrom + " does not exist");
    }
  }
}
