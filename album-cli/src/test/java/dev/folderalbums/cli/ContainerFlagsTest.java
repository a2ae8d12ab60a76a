package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image runs the JVM as the launcher does. No Docker engine runs where CI does, so the Dockerfile is read as
 * text: its entry point and the command that trains its AOT cache carry every JVM flag the launcher sets.
 */
class ContainerFlagsTest {
  private static Path root() {
    return Path.of(System.getProperty("folderalbums.projectRoot", "..")).toAbsolutePath().normalize();
  }

  private static List<String> launcherFlags() throws IOException {
    Matcher m = Pattern.compile("(?m)^flags=\"([^\"]+)\"").matcher(Files.readString(root().resolve("folder-albums")));
    assertThat(m.find()).as("the launcher's flags=\"…\" line").isTrue();
    return Arrays.asList(m.group(1).trim().split("\\s+"));
  }

  @Test
  void theEntryPointHasEveryFlagOfTheLauncher() throws IOException {
    String dockerfile = Files.readString(root().resolve("Dockerfile"));
    Matcher m = Pattern.compile("(?s)ENTRYPOINT \\[(.*?)]").matcher(dockerfile);
    assertThat(m.find()).as("the Dockerfile's ENTRYPOINT").isTrue();
    List<String> entryPoint = new ArrayList<>();
    Matcher item = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
    while (item.find()) {
      entryPoint.add(item.group(1));
    }
    assertThat(entryPoint).containsAll(launcherFlags()).contains("-XX:AOTCache=/app/folder-albums.aot");
  }

  @Test
  void theCacheIsTrainedWithTheSameFlags() throws IOException {
    String dockerfile = Files.readString(root().resolve("Dockerfile"));
    int training = dockerfile.indexOf("-XX:AOTCacheOutput=");
    assertThat(training).as("the training command").isPositive();
    String command = dockerfile.substring(dockerfile.lastIndexOf("java ", training),
        dockerfile.indexOf("FolderAlbumsCommand", training));
    List<String> words = Arrays.asList(command.replace("\\\n", " ").trim().split("\\s+"));
    assertThat(words).containsAll(launcherFlags());
  }
}
