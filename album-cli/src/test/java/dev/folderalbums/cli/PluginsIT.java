package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A naming strategy built outside the project, as a user builds one: compiled against album-core alone, packed with
 * its service file into a jar, put in a plugins folder, and picked up by the launcher through FOLDER_ALBUMS_PLUGINS.
 */
class PluginsIT {
  @TempDir Path dir;

  private static final String SOURCE = """
      package outside;

      import dev.folderalbums.core.naming.AssetLocation;
      import dev.folderalbums.core.naming.NamingStrategy;
      import dev.folderalbums.core.naming.NamingStrategyProvider;
      import dev.folderalbums.core.options.AlbumOptions;
      import java.util.Locale;
      import java.util.Optional;

      public final class ShoutingNaming implements NamingStrategy {
        @Override
        public Optional<String> albumName(AssetLocation location) {
          return Optional.of(location.folders().get(0).toUpperCase(Locale.ROOT) + "!");
        }

        public static final class Provider implements NamingStrategyProvider {
          public String name() { return "shouting"; }
          public String description() { return "the first folder, in capitals"; }
          public NamingStrategy create(AlbumOptions options) { return new ShoutingNaming(); }
        }
      }
      """;

  private Path plugin() throws IOException {
    return plugin(SOURCE, "shouting-naming.jar");
  }

  /** Compiles a strategy outside the project and packs it, with its service file, into a jar of a plugins folder. */
  private Path plugin(String source, String jarName) throws IOException {
    Path src = dir.resolve("src/outside/ShoutingNaming.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    Path classes = dir.resolve("classes-" + jarName);
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
        src.toString());
    assertThat(compiled).as("the outside strategy compiles against album-core").isZero();
    Path plugins = dir.resolve("plugins");
    Files.createDirectories(plugins);
    Path jar = plugins.resolve(jarName);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("outside/ShoutingNaming.class", "outside/ShoutingNaming$Provider.class")) {
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(classes.resolve(name)));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/dev.folderalbums.core.naming.NamingStrategyProvider"));
      out.write("outside.ShoutingNaming$Provider\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return plugins;
  }

  private String launch(Path plugins, String... args) throws Exception {
    Path root = Path.of(System.getProperty("folderalbums.projectRoot", "..")).toAbsolutePath().normalize();
    List<String> command = new java.util.ArrayList<>(List.of("sh", root.resolve("folder-albums").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (plugins != null) {
      pb.environment().put("FOLDER_ALBUMS_PLUGINS", plugins.toString());
    }
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return p.exitValue() + "\n" + out;
  }

  @Test
  void aStrategyInThePluginsFolderIsListedAndUsed() throws Exception {
    Path plugins = plugin();
    Path paths = dir.resolve("paths.txt");
    Files.write(paths, List.of("/p/trip/a.jpg", "/p/home/b.jpg"));
    String planned = launch(plugins, "plan", "--paths-from", paths.toString(), "-r", "/p", "--naming", "shouting");
    assertThat(planned).startsWith("0\n").contains("HOME! (1 asset)").contains("TRIP! (1 asset)");
    assertThat(launch(plugins, "--help").replaceAll("\\s+", " "))
        .contains("shouting: the first folder, in capitals");
    String without = launch(null, "plan", "--paths-from", paths.toString(), "-r", "/p", "--naming", "shouting");
    assertThat(without).startsWith("2\n").contains("unknown naming strategy 'shouting'");
  }

  /** The published contract, run by a strategy's own build: a class that extends it, in a JVM of its own. */
  private String runContract(Path plugins) throws Exception {
    Path test = dir.resolve("contract/outside/ShoutingContractTest.java");
    Files.createDirectories(test.getParent());
    Files.writeString(test, "package outside;\n\npublic class ShoutingContractTest extends"
        + " dev.folderalbums.core.naming.NamingStrategyContractTest {}\n");
    Path classes = dir.resolve("contract-classes");
    Files.createDirectories(classes);
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), test.toString())).isZero();
    String classpath = String.join(java.io.File.pathSeparator, System.getProperty("java.class.path"),
        classes.toString(), plugins.resolve("*").toString());
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classpath, ContractRunner.class.getName(), "outside.ShoutingContractTest").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return p.exitValue() + "\n" + out;
  }

  @Test
  void anOutsideStrategyRunsThePublishedNamingContract() throws Exception {
    String passed = runContract(plugin());
    assertThat(passed).startsWith("0\n").contains("failed 0").doesNotContain("tests found 0");
  }

  @Test
  void thePublishedContractRejectsAStrategyThatGivesBlankNames() throws Exception {
    String blank = SOURCE.replace("location.folders().get(0).toUpperCase(Locale.ROOT) + \"!\"", "\"  \"");
    assertThat(blank).isNotEqualTo(SOURCE);
    String failed = runContract(plugin(blank, "blank-naming.jar"));
    assertThat(failed).startsWith("1\n").contains("a name is never blank");
  }

  @Test
  void aPluginsFolderThatIsNotAFolderIsNamed() throws Exception {
    String out = launch(dir.resolve("missing"), "--version");
    assertThat(out).startsWith("2\n").contains("FOLDER_ALBUMS_PLUGINS").contains("is not a folder");
  }
}
