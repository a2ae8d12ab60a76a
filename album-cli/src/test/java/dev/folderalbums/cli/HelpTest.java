package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.naming.NamingStrategies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help a newcomer reads: complete sentences, every naming strategy, the same order everywhere. */
class HelpTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = FolderAlbumsCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  private static String flat(String help) {
    return help.replaceAll("\\s+", " ");
  }

  @Test
  void namingListsEveryStrategyWithItsDescription() {
    String help = flat(run("--help")[1]);
    NamingStrategies.available().forEach((name, provider) ->
        assertThat(help).contains(name + ": " + provider.description()));
  }

  @Test
  void doctorsDescriptionIsOneWholeParagraph() {
    assertThat(flat(run("doctor", "--help")[1])).contains("Checks that folder-albums can work with an Immich server:"
        + " the URL, the API key and its permissions, the server version, whether the root paths match the"
        + " libraries' assets, and the .albumprops files below the roots.");
  }

  @Test
  void planSaysItNeedsARootAndBothCommandsSortTheirOptions() {
    assertThat(flat(run("plan", "--help")[1])).contains("plan needs at least one");
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"plan", "--help"})) {
      List<String> names = run(args)[1].lines().filter(l -> l.matches("^ {2}(-\\w, )?--?[\\w-]+.*|^ {6}--[\\w-]+.*"))
          // picocli's order: by the first name (the short one when there is one), without dashes, ignoring case
          .map(l -> l.trim().replaceFirst("^-+", "").split("[=,\\s]")[0].toLowerCase(java.util.Locale.ROOT))
          .toList();
      assertThat(names).as(String.join(" ", args)).hasSizeGreaterThan(5).isSorted();
    }
  }

  @Test
  void aBareInvocationSaysWhereTheUsageIs() {
    String[] r = run();
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("a root path is required").contains("'folder-albums --help' shows the usage");
  }
}
