package dev.folderalbums.cli;

import dev.folderalbums.core.props.AlbumPropsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code folder-albums} command. */
@Command(name = "folder-albums", mixinStandardHelpOptions = true, versionProvider = FolderAlbumsCommand.Version.class,
    subcommands = {PlanCommand.class},
    description = "Creates and maintains Immich albums from the folder structure of external libraries.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:some operations failed", "2:usage or configuration error",
        "3:cannot connect to or authenticate with Immich"})
public final class FolderAlbumsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("folder-albums: syncing with a server is not available in this version yet; use "
        + "'folder-albums plan' to preview albums offline. See --help.");
    return ExitCode.USAGE.code();
  }

  /**
   * Runs the command with the process's streams.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command; for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new FolderAlbumsCommand());
    cli.setOut(out).setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("folder-albums: " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for more information.");
      return ExitCode.USAGE.code();
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof UsageException
          || e instanceof AlbumPropsException) {
        c.getErr().println("folder-albums: " + e.getMessage());
        return ExitCode.USAGE.code();
      }
      throw e;
    });
    return cli.execute(args);
  }

  /** Reads the version from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = FolderAlbumsCommand.class.getResourceAsStream("/folder-albums-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"folder-albums " + p.getProperty("version", "dev") + " (Java "
          + System.getProperty("java.version") + ")"};
    }
  }
}
