package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README must keep up with the command: every option, every variable, and the embedding example. */
class ReadmeTest {
  private static Path root() {
    return Path.of(System.getProperty("folderalbums.projectRoot", "..")).toAbsolutePath().normalize();
  }

  private static String readme() throws IOException {
    return Files.readString(root().resolve("README.md"));
  }

  @Test
  void everyOptionOfEveryCommandIsDocumented() throws IOException {
    String readme = readme();
    CommandLine cli = FolderAlbumsCommand.commandLine(new FolderAlbumsCommand(), new String[] {"--help"});
    assertThat(cli.getSubcommands()).containsOnlyKeys("plan", "doctor");
    List<String> missing = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>(List.of(cli));
    commands.addAll(cli.getSubcommands().values());
    for (CommandLine command : commands) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        for (String name : option.names()) {
          if (!readme.contains("`" + name) && !readme.contains(", " + name) && !readme.contains(" " + name + " ")) {
            missing.add(command.getCommandName() + " " + name);
          }
        }
      }
    }
    assertThat(missing).as("options missing from README.md").isEmpty();
  }

  @Test
  void everyEnvironmentVariableIsDocumented() throws IOException {
    String readme = readme();
    String source = Files.readString(root().resolve("album-cli/src/main/java/dev/folderalbums/cli/EnvironmentArgs.java"))
        + Files.readString(root().resolve("album-cli/src/main/java/dev/folderalbums/cli/FolderAlbumsCommand.java"));
    Matcher m = Pattern.compile("\"([A-Z][A-Z_]+[A-Z])\"").matcher(source);
    List<String> missing = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      if (!name.equals("CREATE") && !readme.contains("`" + name)) {
        missing.add(name);
      }
    }
    assertThat(missing).as("variables missing from README.md").isEmpty();
  }

  @Test
  void theEmbeddingExampleIsTheTestedCode() throws IOException {
    String tested = Files.readString(root().resolve(
        "album-core/src/test/java/dev/folderalbums/examples/FolderAlbumsExample.java"));
    tested = tested.substring(tested.indexOf("import ")); // the README's copy has no package line
    String readme = readme();
    int marker = readme.indexOf("<!-- embedding-example");
    int start = readme.indexOf("```java", marker) + "```java".length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    assertThat(normalise(shown)).isEqualTo(normalise(tested));
  }

  @Test
  void theSdkExampleIsTheTestedCode() throws IOException {
    String test = Files.readString(root().resolve(
        "immich-testkit/src/test/java/dev/folderalbums/testkit/SdkExampleTest.java"));
    String tested = test.substring(test.indexOf("// README:sdk-begin") + "// README:sdk-begin".length(),
        test.indexOf("// README:sdk-end"));
    String readme = readme();
    int marker = readme.indexOf("<!-- sdk-example");
    int start = readme.indexOf("```java", marker) + "```java".length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    assertThat(normalise(shown)).isEqualTo(normalise(tested));
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
