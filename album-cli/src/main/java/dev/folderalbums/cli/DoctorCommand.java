package dev.folderalbums.cli;

import dev.folderalbums.immich.AssetSummary;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.RetryPolicy;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.error.ImmichForbiddenException;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.error.ImmichUnauthorizedException;
import dev.folderalbums.immich.generated.api.ApiKeysApi;
import dev.folderalbums.immich.generated.model.ApiKeyResponseDto;
import dev.folderalbums.immich.generated.model.AssetVisibility;
import dev.folderalbums.immich.generated.model.LibraryResponseDto;
import dev.folderalbums.immich.generated.model.MetadataSearchDto;
import dev.folderalbums.immich.generated.model.Permission;
import dev.folderalbums.immich.generated.model.ServerVersionResponseDto;
import dev.folderalbums.immich.generated.model.UserAdminResponseDto;
import dev.folderalbums.core.props.AlbumPropsException;
import dev.folderalbums.core.props.AlbumPropsFile;
import dev.folderalbums.core.props.AlbumPropsReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code folder-albums doctor}: checks the URL, the key, its permissions, the version and the root paths. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Checks that folder-albums can work with an Immich server: the URL, the API key and its"
        + " permissions, the server version, whether the root paths match the libraries' assets, and the"
        + " .albumprops files below the roots.")
final class DoctorCommand implements Callable<Integer> {
  /** The permissions a CREATE run with every feature needs. */
  static final List<String> NEEDED = List.of("asset.read", "album.read", "album.create", "albumAsset.create",
      "album.update", "user.read", "albumUser.create", "albumUser.update", "albumUser.delete", "asset.update",
      "album.delete", "albumAsset.delete");

  /** The permission that only spares the server: the count that lets a big search be split into date windows. */
  static final String OPTIONAL = "asset.statistics";

  @Spec CommandSpec spec;
  @ParentCommand FolderAlbumsCommand parent;

  @Parameters(arity = "0..3", paramLabel = "ROOT_PATH API_URL API_KEY",
      description = "As for the main command; also from ROOT_PATH, API_URL, API_KEY / API_KEY_FILE.")
  List<String> positionals = new ArrayList<>();

  @Option(names = {"-r", "--root-path"}, paramLabel = "PATH", description = "A further root path. Repeatable.")
  List<String> rootPaths = new ArrayList<>();

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> env = parent == null ? Map.of() : parent.env;
    ConnectionOptions.Target target = connection.target(positionals, env);
    List<String> roots = new ArrayList<>(target.roots());
    roots.addAll(rootPaths);
    String url = target.apiUrl();
    List<String> keys = target.keys();
    try (ImmichClient client = ImmichClient.builder().baseUrl(url).apiKey(keys.get(0)).insecure(connection.insecure)
        .readTimeout(Duration.ofSeconds(connection.apiTimeout)).retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2))
        .build()) {
      return check(client, roots, out);
    } catch (IllegalArgumentException e) {
      throw new UsageException("API_URL: " + e.getMessage());
    }
  }

  private int check(ImmichClient client, List<String> roots, PrintWriter out) {
    ServerVersionResponseDto version;
    try {
      version = client.serverVersion();
    } catch (ImmichTransportException e) {
      out.println("✗ URL: " + e.getMessage());
      return ExitCode.CONNECTION.code();
    } catch (ImmichException e) {
      out.println("✗ URL: " + client.baseUrl() + " does not answer like Immich: " + e.getMessage());
      return ExitCode.CONNECTION.code();
    }
    String v = version.getMajor() + "." + version.getMinor() + "." + version.getPatch();
    boolean supported = version.getMajor() != null && (version.getMajor() == 2 || version.getMajor() == 3
        || (version.getMajor() == 1 && version.getMinor() != null && version.getMinor() >= 135));
    out.println((supported ? "✓" : "✗") + " Immich " + v + " at " + client.baseUrl()
        + (supported ? "" : ": not supported; folder-albums works with Immich 1.135 to 3.x"));
    UserAdminResponseDto me;
    try {
      me = client.me();
    } catch (ImmichUnauthorizedException e) {
      out.println("✗ API key: not accepted: check the key (Account Settings > API Keys)");
      return ExitCode.CONNECTION.code();
    } catch (ImmichException e) {
      out.println("✗ API key: " + e.getMessage());
      return ExitCode.CONNECTION.code();
    }
    out.println("✓ API key of " + me.getName() + " <" + me.getEmail() + ">" + (Boolean.TRUE.equals(me.getIsAdmin())
        ? " (admin)" : ""));
    permissions(client, version.getMajor(), out);
    List<String> importPaths = libraries(client, out);
    boolean rootsOk = roots(client, roots, importPaths, out);
    rootsOk &= albumProps(roots, out);
    return !supported ? ExitCode.USAGE.code() : rootsOk ? ExitCode.OK.code() : ExitCode.PARTIAL_FAILURE.code();
  }

  private void permissions(ImmichClient client, Integer major, PrintWriter out) {
    if (major != null && major < 2) {
      out.println("? permissions: Immich before 2.0 does not report a key's permissions; they are checked as the"
          + " run goes (see the README for the list a key needs)");
      return;
    }
    try {
      ApiKeyResponseDto key = client.call(() -> client.api(ApiKeysApi::new).getMyApiKey());
      Set<String> granted = new TreeSet<>();
      for (Permission p : key.getPermissions()) {
        granted.add(p.getValue());
      }
      if (granted.contains("all")) {
        out.println("✓ permissions: all");
        return;
      }
      List<String> missing = NEEDED.stream().filter(p -> !granted.contains(p)).toList();
      out.println(missing.isEmpty() ? "✓ permissions: every one folder-albums needs"
          : "! permissions missing: " + String.join(", ", missing)
              + " (album.delete, albumAsset.delete and albumUser.delete are needed only for deletions and sync modes)");
      if (!granted.contains(OPTIONAL)) {
        out.println("? permissions: without " + OPTIONAL + ", a first run on a big library cannot check date windows"
            + " against the server's count and pages its whole search, which costs a big server's database more");
      }
    } catch (ImmichException e) {
      out.println("? permissions: cannot be read with this key (" + e.statusCode() + "); they are checked as the"
          + " run goes");
    }
  }

  private List<String> libraries(ImmichClient client, PrintWriter out) {
    try {
      List<LibraryResponseDto> libs = client.listLibraries();
      List<String> paths = new ArrayList<>();
      for (LibraryResponseDto lib : libs) {
        out.println("  library '" + lib.getName() + "': " + String.join(", ", lib.getImportPaths()));
        paths.addAll(lib.getImportPaths());
      }
      if (libs.isEmpty()) {
        out.println("! no external libraries on this server");
      }
      return paths;
    } catch (ImmichForbiddenException e) {
      out.println("? external libraries: only an admin key can list them");
      return List.of();
    } catch (ImmichException e) {
      out.println("? external libraries: " + e.getMessage());
      return List.of();
    }
  }

  /** @return whether every root has assets below it (a failed check is a failure) */
  private boolean roots(ImmichClient client, List<String> roots, List<String> importPaths, PrintWriter out) {
    List<AssetSummary> sample;
    try {
      // The slim reader the run uses: it reads only the fields it needs, so it takes every generation's shapes.
      sample = client.searchAssetSummaries(new MetadataSearchDto().page(1).size(1000)
          .visibility(AssetVisibility.TIMELINE)).items();
    } catch (ImmichException e) {
      out.println("✗ assets: " + e.getMessage());
      return false;
    }
    boolean ok = true;
    for (String root : roots) {
      String r = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
      long matching = sample.stream().filter(a -> a.originalPath() != null
          && a.originalPath().startsWith(r.equals("/") ? "/" : r + "/")).count();
      boolean inLibrary = importPaths.isEmpty() || importPaths.stream().anyMatch(p -> r.startsWith(p)
          || p.startsWith(r));
      out.println((matching > 0 ? "✓" : "✗") + " root " + root + ": " + matching + " of " + sample.size()
          + " sampled assets lie below it" + (inLibrary ? "" : "; it is below no library import path"));
      if (matching == 0 && !sample.isEmpty()) {
        out.println("  the sampled assets lie below: " + String.join(", ", prefixes(sample)));
      }
      ok &= matching > 0;
    }
    return ok;
  }

  /**
   * Reads every {@code .albumprops} file below the roots that are mounted here, as a run with
   * {@code --read-album-properties} would, and lists their warnings and errors.
   *
   * @return whether no file has an error
   */
  private static boolean albumProps(List<String> roots, PrintWriter out) {
    List<Path> files = new ArrayList<>();
    for (String root : roots) {
      Path dir = Path.of(root);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(AlbumPropsReader.FILE_NAME))
            .sorted().forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        out.println("? .albumprops: cannot look through " + root + ": " + e.getMessage());
      }
    }
    if (files.isEmpty()) {
      return true;
    }
    boolean ok = true;
    List<String> warnings = new ArrayList<>();
    for (Path file : files) {
      try {
        warnings.addAll(AlbumPropsFile.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8))
            .warnings());
      } catch (AlbumPropsException e) {
        out.println("✗ " + e.getMessage());
        ok = false;
      } catch (IOException e) {
        out.println("✗ " + file + ": cannot be read: " + e.getMessage());
        ok = false;
      }
    }
    warnings.forEach(w -> out.println("! " + w));
    if (ok && warnings.isEmpty()) {
      out.println("✓ .albumprops: " + files.size() + (files.size() == 1 ? " file reads" : " files read")
          + " cleanly");
    }
    return ok;
  }

  /** The most common two-folder prefixes of the sample, to suggest a root. */
  private static List<String> prefixes(List<AssetSummary> sample) {
    Map<String, Integer> counts = new TreeMap<>();
    for (AssetSummary a : sample) {
      String p = a.originalPath();
      if (p == null) {
        continue;
      }
      String[] parts = p.split("/");
      String prefix = parts.length > 3 ? "/" + parts[1] + "/" + parts[2] : parts.length > 2 ? "/" + parts[1] : "/";
      counts.merge(prefix, 1, Integer::sum);
    }
    return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
        .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
  }

}
