package dev.folderalbums.cli;

import ch.qos.logback.classic.Level;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.options.OptionException;
import dev.folderalbums.core.props.AlbumPropsException;
import dev.folderalbums.core.props.AlbumPropsReader;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import dev.folderalbums.core.sync.AlbumSync;
import dev.folderalbums.core.sync.Mode;
import dev.folderalbums.core.sync.RequestCounter;
import dev.folderalbums.core.sync.SyncException;
import dev.folderalbums.core.sync.SyncListener;
import dev.folderalbums.core.sync.SyncOptions;
import dev.folderalbums.core.sync.SyncReport;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code folder-albums} command. Invoked as the Python tool is: {@code folder-albums ROOT_PATH API_URL API_KEY
 * [options]}, or configured by the same environment variables.
 */
@Command(name = "folder-albums", mixinStandardHelpOptions = true, versionProvider = FolderAlbumsCommand.Version.class,
    customSynopsis = {"folder-albums [ROOT_PATH] [API_URL] [API_KEY] [OPTIONS]",
        "folder-albums plan --paths-from FILE|- --root-path PATH [OPTIONS]",
        "folder-albums doctor [ROOT_PATH] [API_URL] [API_KEY] [OPTIONS]"},
    description = {"Creates and maintains Immich albums from the folder structure of external libraries.",
        "Every option can also come from the Python tool's environment variables (ROOT_PATH, API_URL, API_KEY, …);"
            + " the command line wins."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:some operations failed", "2:usage or configuration error",
        "3:cannot connect to or authenticate with Immich"})
public final class FolderAlbumsCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger("folder-albums");
  private static final int CONFIRM_LIST_LIMIT = 25;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..3", paramLabel = "ROOT_PATH API_URL API_KEY",
      description = "The library folder as Immich sees it, the Immich URL (https://host[:port]) and an API key."
          + " Each may come from ROOT_PATH, API_URL and API_KEY / API_KEY_FILE instead.")
  List<String> positionals = new ArrayList<>();

  @Mixin PlanningOptions planning = new PlanningOptions();
  @Mixin ConnectionOptions connection = new ConnectionOptions();
  @Mixin RunOptions run = new RunOptions();

  Map<String, String> env = Map.of();
  Terminal terminal = Terminal.NONE;
  Scheduler.Clock clock = Scheduler.SYSTEM;
  AtomicBoolean stopped = new AtomicBoolean();

  boolean envSuppliesPositionals() {
    return notBlank("ROOT_PATH") && notBlank("API_URL") && (notBlank("API_KEY") || notBlank("API_KEY_FILE"));
  }

  private boolean notBlank(String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  /** Everything a run needs, validated. */
  record Setup(SyncOptions options, String apiUrl, List<String> keys) {}

  @Override
  public Integer call() {
    Setup setup = setup();
    if (run.cron != null) {
      return schedule(setup);
    }
    try {
      return once(setup);
    } catch (RuntimeException e) {
      if (stopped.get()) {
        spec.commandLine().getErr().println("folder-albums: stopped by a signal; run again to continue");
        return ExitCode.PARTIAL_FAILURE.code();
      }
      throw e;
    }
  }

  Setup setup() {
    connection.validate();
    setLogLevel(run.logLevel);
    if (positionals.isEmpty() && !notBlank("ROOT_PATH") && planning.rootPaths.isEmpty()) {
      throw new UsageException("ROOT_PATH: a root path is required (first argument, --root-path, or ROOT_PATH);"
          + " 'folder-albums --help' shows the usage");
    }
    ConnectionOptions.Target target = connection.target(positionals, env);
    return new Setup(syncOptions(target.roots()), target.apiUrl(), target.keys());
  }

  private SyncOptions syncOptions(List<String> roots) {
    AlbumOptions.Builder album = planning.toBuilder(roots);
    ShareRole defaultRole;
    try {
      defaultRole = ShareRole.parse(run.shareRole, false);
    } catch (IllegalArgumentException e) {
      throw new OptionException("--share-role", e.getMessage());
    }
    for (String share : run.shareWith) {
      try {
        album.shareWith(AlbumShare.parse(share, defaultRole));
      } catch (IllegalArgumentException e) {
        throw new OptionException("--share-with", "'" + share + "': " + e.getMessage());
      }
    }
    if (!run.albumOrder.equalsIgnoreCase("false")) {
      try {
        album.albumOrder(SortOrder.parse(run.albumOrder));
      } catch (IllegalArgumentException e) {
        throw new OptionException("--album-order", "'" + run.albumOrder + "' is not allowed; use asc, desc or False");
      }
    }
    if (run.commentsEnabled && run.commentsDisabled) {
      throw new UsageException("--comments-and-likes-enabled and --comments-and-likes-disabled contradict each other;"
          + " give one");
    }
    album.commentsAndLikesEnabled(run.commentsEnabled ? Boolean.TRUE : run.commentsDisabled ? Boolean.FALSE : null);
    album.albumThumbnail(run.albumThumbnail);
    Mode mode;
    try {
      mode = Mode.valueOf(run.mode.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new OptionException("--mode", "'" + run.mode + "' is not allowed; use CREATE, CLEANUP or DELETE_ALL");
    }
    if (run.visibility != null) {
      try {
        album.visibility(Visibility.parse(run.visibility));
      } catch (IllegalArgumentException e) {
        throw new OptionException("--visibility", e.getMessage());
      }
      if (run.archive) {
        LOG.warn("--archive (ARCHIVE) is ignored: --visibility {} wins", run.visibility);
      }
    } else if (run.archive) {
      // As in the Python tool: archive what goes into albums; unarchive what leaves deleted albums.
      album.visibility(mode == Mode.CREATE ? Visibility.ARCHIVE : Visibility.TIMELINE);
    }
    if (run.fetchChunkSize > 1000) {
      LOG.warn("--fetch-chunk-size {} is more than Immich allows; using 1000", run.fetchChunkSize);
    }
    if (!run.output.equals("text") && !run.output.equals("json")) {
      throw new OptionException("--output", "'" + run.output + "' is not allowed; use text or json");
    }
    if (run.cron != null) {
      Scheduler.parse(run.cron);
    } else if (run.runImmediately) {
      LOG.warn("--run-immediately (RUN_IMMEDIATELY) has no effect without --cron (CRON_EXPRESSION): this run is"
          + " the only one");
    }
    return SyncOptions.builder(album.build()).mode(mode).deleteConfirm(run.deleteConfirm).dryRun(run.dryRun)
        .chunkSize(run.chunkSize).fetchChunkSize(run.fetchChunkSize).threads(run.threads)
        .findAssetsInAlbums(run.findAssetsInAlbums).findArchivedAssets(run.findArchivedAssets)
        .syncMode(run.syncMode).syncOnlyManagedAlbums(run.syncOnlyManagedAlbums)
        .updateAlbumPropsMode(run.updateAlbumPropsMode).force(run.force).maxDeleteShare(run.maxDeleteShare)
        .maxOfflineAssets(run.maxOfflineAssets).build();
  }

  private int schedule(Setup setup) {
    ZoneId zone;
    try {
      zone = env.get("TZ") == null || env.get("TZ").isBlank() ? ZoneId.systemDefault() : ZoneId.of(env.get("TZ"));
    } catch (java.time.DateTimeException e) {
      throw new UsageException("TZ: '" + env.get("TZ") + "' is not a time zone, e.g. Europe/Berlin");
    }
    Scheduler scheduler = new Scheduler(run.cron, zone, clock);
    LOG.info("Scheduled with '{}' in {}", run.cron, zone);
    AtomicBoolean interruptedRun = new AtomicBoolean();
    scheduler.run(() -> {
      try {
        int code = once(setup);
        if (code != 0 && stopped.get()) {
          interruptedRun.set(true);
        } else if (code != 0) {
          LOG.warn("the run ended with exit code {}; the schedule goes on", code);
        }
      } catch (RuntimeException e) {
        if (stopped.get()) {
          interruptedRun.set(true);
          LOG.info("stopped by a signal during a run; the next run continues where it stopped");
        } else {
          // One broken run must not end the service: log it and keep the schedule.
          LOG.error("the run failed: {}; the schedule goes on", e.toString(), e);
        }
      }
    }, run.runImmediately, stopped::get);
    if (stopped.get()) {
      LOG.info("stopped by a signal{}", interruptedRun.get() ? " during a run" : " while waiting for the next run");
    }
    return interruptedRun.get() ? ExitCode.PARTIAL_FAILURE.code() : ExitCode.OK.code();
  }

  /** Runs every key once; a failing user does not stop the others. */
  int once(Setup setup) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SyncReport> reports = new ArrayList<>();
    ExitCode worst = ExitCode.OK;
    for (int i = 0; i < setup.keys().size(); i++) {
      String label = setup.keys().size() > 1 ? "API key " + (i + 1) + " of " + setup.keys().size() + ": " : "";
      try {
        SyncReport report = runForKey(setup, setup.keys().get(i), err);
        if (report == null) {
          continue;
        }
        reports.add(report);
        if (run.output.equals("text")) {
          out.print(ReportPrinter.text(report));
          out.flush();
        }
        if (report.dryRun() && !setup.options().dryRun()) {
          err.println("folder-albums: nothing was applied: there is no terminal to confirm on. Add --unattended"
              + " (UNATTENDED=1) to apply without asking.");
          err.flush();
        }
        if (report.hasFailures()) {
          worst = worse(worst, ExitCode.PARTIAL_FAILURE);
        }
      } catch (SyncException e) {
        err.println("folder-albums: " + label + e.getMessage());
        err.flush();
        worst = worse(worst, exitCode(e));
      } catch (AlbumPropsException e) {
        err.println("folder-albums: " + e.getMessage());
        worst = worse(worst, ExitCode.USAGE);
      } catch (java.io.UncheckedIOException e) {
        err.println("folder-albums: " + e.getMessage() + ": " + e.getCause().getMessage());
        worst = worse(worst, ExitCode.USAGE);
      }
    }
    if (run.output.equals("json")) {
      out.println(ReportPrinter.json(reports));
      out.flush();
    }
    return worst.code();
  }

  private SyncReport runForKey(Setup setup, String key, PrintWriter err) {
    SyncOptions options = setup.options();
    // Scheduled runs apply without asking, as the Python tool's cron job does: there is nobody to ask.
    boolean unattended = run.unattended || run.cron != null;
    boolean ask = options.mode() == Mode.CREATE && !unattended && !options.dryRun();
    RequestCounter counter = new RequestCounter();
    // One connection per thread: --threads bounds the requests in flight, whatever the sync's workers do.
    SyncListener progress = new ConsoleProgress(err, terminal.interactive() && !run.noProgress);
    try (ImmichClient client = ImmichClient.builder().baseUrl(setup.apiUrl()).apiKey(key)
        .insecure(connection.insecure).readTimeout(Duration.ofSeconds(connection.apiTimeout))
        .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(connection.maxRetryCount + 1))
        .maxConnections(options.threads()).requestListener(counter).build()) {
      AlbumPropsReader reader = AlbumPropsReader.filesystem("", "");
      if (ask) {
        SyncOptions preview = SyncOptions.builder(options.album()).mode(options.mode()).dryRun(true)
            .chunkSize(options.chunkSize()).fetchChunkSize(options.fetchChunkSize()).threads(options.threads())
            .findAssetsInAlbums(options.findAssetsInAlbums()).findArchivedAssets(options.findArchivedAssets())
            .updateAlbumPropsMode(options.updateAlbumPropsMode()).randomSeed(options.randomSeed()).build();
        SyncReport plan = AlbumSync.builder(client, preview).propsReader(reader).listener(progress).build().run();
        if (!terminal.interactive()) {
          return plan; // a preview: the caller says that nothing was applied, and why
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("This run would:");
        // A long list would scroll the question away: show the start and say where the rest is.
        plan.pending().stream().limit(CONFIRM_LIST_LIMIT).forEach(p -> out.println("  " + p));
        if (plan.pending().size() > CONFIRM_LIST_LIMIT) {
          out.println("  … and " + (plan.pending().size() - CONFIRM_LIST_LIMIT) + " more changes (--dry-run lists"
              + " them all)");
        }
        out.flush();
        if (plan.pending().isEmpty()) {
          out.println("  nothing: everything is in place");
          return plan;
        }
        String answer = terminal.ask("Apply these changes? [y/N] ");
        if (answer == null || !(answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"))) {
          out.println("Nothing changed.");
          return null;
        }
      }
      return AlbumSync.builder(client, options).propsReader(reader).listener(progress).requestCounter(counter)
          .build().run();
    }
  }

  static ExitCode exitCode(SyncException e) {
    return switch (e.kind()) {
      case CONNECTION -> ExitCode.CONNECTION;
      case SERVER -> ExitCode.PARTIAL_FAILURE;
      case CONFIGURATION, GUARD -> ExitCode.USAGE;
    };
  }

  private static ExitCode worse(ExitCode a, ExitCode b) {
    return a.code() >= b.code() ? a : b;
  }

  static void setLogLevel(String level) {
    Level l = switch (level.trim().toUpperCase(Locale.ROOT)) {
      case "CRITICAL", "ERROR" -> Level.ERROR;
      case "WARNING", "WARN" -> Level.WARN;
      case "INFO" -> Level.INFO;
      case "DEBUG" -> Level.DEBUG;
      default -> throw new UsageException("--log-level: '" + level + "' is not allowed; use CRITICAL, ERROR, WARNING,"
          + " INFO or DEBUG");
    };
    if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(l);
    }
  }

  /**
   * Runs the command with the process's streams and environment.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    AtomicBoolean stopped = new AtomicBoolean();
    AtomicInteger exitCode = new AtomicInteger(ExitCode.OK.code());
    CountDownLatch done = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (done.getCount() == 0) {
        return; // a normal exit: nothing to stop
      }
      // SIGTERM: a wait for the next tick ends at once; a run stops at its next wait, and the request in flight
      // finishes. Docker kills after 10 s, so the command is given a little less, then the process ends with its
      // code. System.exit cannot be called here (the JVM is already shutting down), nor waited for in main.
      stopped.set(true);
      main.interrupt();
      try {
        done.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      out.flush();
      err.flush();
      Runtime.getRuntime().halt(done.getCount() == 0 ? exitCode.get() : ExitCode.PARTIAL_FAILURE.code());
    }, "folder-albums-shutdown"));
    int code = run(args, out, err, System.getenv(), Terminal.system(), Scheduler.SYSTEM, stopped);
    exitCode.set(code);
    boolean signalled = stopped.get();
    done.countDown();
    if (!signalled) {
      System.exit(code);
    }
    // Stopped by a signal: the shutdown hook ends the process with the code.
  }

  /** How long a SIGTERM waits for a run to finish its request in flight and report: less than Docker's 10 s. */
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(8);

  /**
   * Runs the command; for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Map.of(), Terminal.NONE, Scheduler.SYSTEM, new AtomicBoolean());
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Terminal terminal,
      Scheduler.Clock clock, AtomicBoolean stopped) {
    LogConfigurator.keepTheKeyOutOfLogs();
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      PlanningOptions.describeNaming(); // looked up for the help only: a run need not scan the class path for it
    }
    FolderAlbumsCommand command = new FolderAlbumsCommand();
    command.env = env;
    command.terminal = terminal;
    command.clock = clock;
    command.stopped = stopped;
    // One model for the environment's probe and the run: building it is most of the start-up's own work.
    CommandLine cli = configure(commandLine(command, args), out, err);
    String[] effective;
    try {
      effective = withEnvironment(cli, args, env);
    } catch (UsageException e) {
      err.println("folder-albums: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (CommandLine.ParameterException e) {
      effective = args; // the real parse below reports it
    }
    return cli.execute(effective);
  }

  /**
   * The command's model, with the subcommands only when the arguments name one or ask for help: a run does not pay
   * for building their options. Root paths are absolute, so a bare {@code plan} or {@code doctor} is always the
   * subcommand (or an option's value, which only costs the build).
   */
  static CommandLine commandLine(FolderAlbumsCommand command, String[] args) {
    CommandLine cli = new CommandLine(command);
    List<String> list = Arrays.asList(args);
    if (list.contains("plan") || list.contains("doctor") || list.contains("--help") || list.contains("-h")) {
      cli.addSubcommand(new PlanCommand());
      cli.addSubcommand(new DoctorCommand());
    }
    return cli;
  }

  /** The environment supplies the options the command line leaves unset (main command only). */
  static String[] withEnvironment(String[] args, Map<String, String> env) {
    FolderAlbumsCommand probe = new FolderAlbumsCommand();
    probe.env = env;
    return withEnvironment(commandLine(probe, args), args, env);
  }

  private static String[] withEnvironment(CommandLine probe, String[] args, Map<String, String> env) {
    if (env.isEmpty()) {
      return args;
    }
    CommandLine.ParseResult parsed = probe.parseArgs(args);
    if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
      return args;
    }
    if (parsed.hasSubcommand()) {
      return parsed.subcommand().commandSpec().name().equals("plan") ? withEnvironmentForPlan(args, env,
          parsed.subcommand()) : args;
    }
    List<String> envArgs = EnvironmentArgs.of(env, parsed::hasMatchedOption);
    List<String> all = new ArrayList<>(envArgs);
    all.addAll(Arrays.asList(args));
    return all.toArray(String[]::new);
  }

  /**
   * {@code plan} reads the same variables as the main command for the options it shares with it (container users
   * configure by environment), and {@code ROOT_PATH} as its root paths.
   */
  private static String[] withEnvironmentForPlan(String[] args, Map<String, String> env,
      CommandLine.ParseResult plan) {
    CommandSpec spec = plan.commandSpec();
    if (plan.isUsageHelpRequested()) {
      return args;
    }
    List<String> envArgs = new ArrayList<>(EnvironmentArgs.of(env, plan::hasMatchedOption,
        option -> spec.findOption(option) != null));
    String roots = env.get("ROOT_PATH");
    if (roots != null && !roots.isBlank() && !plan.hasMatchedOption("--root-path")) {
      Arrays.stream(roots.split(",")).map(String::trim).filter(r -> !r.isEmpty())
          .forEach(r -> envArgs.add("--root-path=" + r));
    }
    int at = Arrays.asList(args).indexOf("plan") + 1;
    List<String> all = new ArrayList<>(Arrays.asList(args).subList(0, at));
    all.addAll(envArgs);
    all.addAll(Arrays.asList(args).subList(at, args.length));
    return all.toArray(String[]::new);
  }

  static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
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
      if (e instanceof java.io.UncheckedIOException io) {
        c.getErr().println("folder-albums: " + io.getMessage() + ": " + io.getCause().getMessage());
        return ExitCode.USAGE.code();
      }
      if (e instanceof SyncException s) {
        c.getErr().println("folder-albums: " + s.getMessage());
        return exitCode(s).code();
      }
      throw e;
    });
    return cli;
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
