package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCommandTest {
  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  private Result run(String... args) {
    return runWith(java.util.Map.of(), args);
  }

  private Result runWith(java.util.Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = FolderAlbumsCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env,
        Terminal.NONE, Scheduler.SYSTEM, new java.util.concurrent.atomic.AtomicBoolean());
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void albumsByDateFromTheShippedDateStrategy() throws IOException {
    Result r = run("plan", "--paths-from", paths("/p/a/x.jpg"), "-r", "/p", "--naming", "date");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("skipped no-name: /p/a/x.jpg"); // a path alone has no file date
  }

  @Test
  void planReadsTheContainersVariablesForTheOptionsItShares() throws IOException {
    java.util.Map<String, String> env = java.util.Map.of("ROOT_PATH", "/p,/q", "ALBUM_LEVELS", "2",
        "ALBUM_NAME_POST_REGEX1", "'^2020 ' 'Year '", "IGNORE", "skip", "UNATTENDED", "1", "CHUNK_SIZE", "10",
        "API_URL", "https://ignored.example.com");
    Result r = runWith(env, "plan", "--paths-from", paths("/p/2020/Feb/a.jpg", "/q/Trip/Day/b.jpg",
        "/p/skip/x/c.jpg"), "--format", "json");
    assertThat(r.exit).as(r.err).isZero();
    JsonNode plan = new ObjectMapper().readTree(r.out);
    List<String> names = new ArrayList<>();
    plan.path("albums").forEach(a -> names.add(a.path("name").asText()));
    assertThat(names).containsExactly("Trip Day", "Year Feb");
    assertThat(plan.path("skipped").get(0).path("reason").asText()).isEqualTo("ignored");

    Result commandLineWins = runWith(env, "plan", "--paths-from", paths("/r/A/B/a.jpg"), "-r", "/r", "-a", "1");
    assertThat(commandLineWins.out).contains("A (1 asset)");
  }

  private String paths(String... lines) throws IOException {
    Path file = dir.resolve("paths.txt");
    Files.write(file, List.of(lines));
    return file.toString();
  }

  @Test
  void jsonPlanIsStableAndSorted() throws IOException {
    String file = paths("/photos/2020/02 Feb/b.jpg", "/photos/2020/02 Feb/a.jpg", "", "/photos/x.jpg", "/else/y.jpg",
        "/photos/2019/c.jpg");
    Result r = run("plan", "--paths-from", file, "--root-path", "/photos", "-a", "2", "--format", "json");
    assertThat(r.exit).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out);
    assertThat(json.path("albums").findValuesAsText("name")).containsExactly("2019", "2020 02 Feb");
    assertThat(json.path("albums").get(1).path("assets").toString())
        .isEqualTo("[\"/photos/2020/02 Feb/a.jpg\",\"/photos/2020/02 Feb/b.jpg\"]");
    assertThat(json.path("skipped").toString()).isEqualTo("[{\"path\":\"/else/y.jpg\",\"reason\":\"outside-roots\"},"
        + "{\"path\":\"/photos/x.jpg\",\"reason\":\"root-level\"}]");
  }

  @Test
  void postRegexTakesAnOptionalReplacementAndStopsAtTheNextOption() throws IOException {
    String file = paths("/photos/2020-05 Trip/a.jpg", "/photos/Old_Stuff/b.jpg");
    Result r = run("plan", "--paths-from", file, "-R", "(\\d{4})-(\\d{2}) (.*)", "\\3 (\\2/\\1)", "-R", "_",
        "--root-path", "/photos", "--format", "json");
    assertThat(r.err).isEmpty();
    assertThat(new ObjectMapper().readTree(r.out).path("albums").findValuesAsText("name"))
        .containsExactly("OldStuff", "Trip (05/2020)");
  }

  @Test
  void textPlanShowsAlbumsSkipsAndTotals() throws IOException {
    Result r = run("plan", "--paths-from", paths("/p/A/a.jpg", "/q/b.jpg"), "-r", "/p");
    assertThat(r.out).contains("A (1 asset)\n  /p/A/a.jpg\n").contains("1 album, 1 assets in albums, 1 skipped")
        .contains("skipped outside-roots: /q/b.jpg");
  }

  @Test
  void readsAlbumPropsFilesFromDisk() throws IOException {
    Path root = dir.resolve("lib");
    Files.createDirectories(root.resolve("Trip"));
    Files.writeString(root.resolve("Trip/.albumprops"), "override_name: Holiday\ndescription: sun\n");
    Result r = run("plan", "--paths-from", paths(root + "/Trip/a.jpg"), "-r", root.toString(),
        "--read-album-properties", "--format", "json");
    JsonNode album = new ObjectMapper().readTree(r.out).path("albums").get(0);
    assertThat(album.path("name").asText()).isEqualTo("Holiday");
    assertThat(album.path("properties").path("description").asText()).isEqualTo("sun");
  }

  @Test
  void textOutputEscapesWhatCouldDriveTheTerminal() throws IOException {
    Result r = run("plan", "--paths-from", paths("/p/a\u001B]0;title\u0007b/x.jpg", "/q/\u202Eevil/y.jpg"), "-r", "/p");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out.chars().filter(c -> c != '\n').noneMatch(c -> Character.isISOControl(c) || c == 0x202E))
        .as(r.out).isTrue();
    assertThat(r.out).contains("skipped outside-roots: /q/\\u202Eevil/y.jpg")
        .contains("/p/a\\u001B]0;title\\u0007b/x.jpg");
  }

  @Test
  void theReadmesMergingExampleOnDiskShowsTheSameInJsonWithItsWarnings() throws IOException {
    Path root = dir.resolve("photos");
    Files.createDirectories(root.resolve("family/private"));
    Files.createDirectories(root.resolve("family/work"));
    Files.writeString(root.resolve("family/.albumprops"), "override_name: \"Shared Album\"\nshare_with:\n"
        + "  - user: \"dad\"\n    role: \"editor\"\n  - user: \"mom\"\n    role: \"viewer\"\n"
        + "  - user: \"child\"\n    role: \"viewer\"\n");
    Files.writeString(root.resolve("family/private/.albumprops"), "override_name: \"Shared Album\"\nshare_with:\n"
        + "  - user: \"child\"\n    role: \"none\"\n  - user: \"grandpa\"\n    role: \"editor\"\n");
    Files.writeString(root.resolve("family/work/.albumprops"), "override_name: \"Shared Album\"\nshare_with:\n"
        + "  - user: \"child\"\n    role: \"viewer\"\n  - user: \"colleague\"\n    role: \"viewer\"\n"
        + "sort_oder: desc\n");
    Result r = run("plan", "--paths-from", paths(root + "/family/a.jpg", root + "/family/private/b.jpg",
        root + "/family/work/c.jpg"), "-r", root.toString(), "--read-album-properties", "--format", "json");
    assertThat(r.exit).as(r.err).isZero();
    JsonNode plan = new ObjectMapper().readTree(r.out);
    assertThat(plan.path("albums")).hasSize(1);
    JsonNode album = plan.path("albums").get(0);
    assertThat(album.path("name").asText()).isEqualTo("Shared Album");
    assertThat(album.path("assets")).hasSize(3);
    List<String> shares = new ArrayList<>();
    album.path("properties").path("shareWith").forEach(s -> shares.add(s.path("user").asText() + "="
        + s.path("role").asText()));
    assertThat(shares).containsExactlyInAnyOrder("dad=editor", "mom=viewer", "grandpa=editor", "colleague=viewer");
    assertThat(plan.path("warnings").toString()).contains(root + "/family/work/.albumprops:7: unknown key"
        + " 'sort_oder' (did you mean 'sort_order'?)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "-a 0                     | --album-levels: '0' is not allowed",
      "-a -1,2                  | --album-levels: '-1,2': a range of album levels must not mix",
      "-a 3,2                   | --album-levels: '3,2': the start of an album level range must not be greater",
      "-a abc                   | --album-levels: 'abc' is not a number",
      "-f a/[b                  | --path-filter: invalid glob 'a/[b'",
      "--ignore-regex (         | --ignore-regex: invalid regular expression '('",
      "-R (x                    | --album-name-post-regex: invalid regular expression",
      "--format yaml            | --format: 'yaml' is not allowed",
      "--naming by-date         | unknown naming strategy 'by-date'; available: ",
      "--date-format yyyy-bb    | --date-format: 'yyyy-bb' is not a date pattern",
      "--no-such-option         | Unknown option: '--no-such-option'",
  })
  void badInputGivesOneLineNamingTheOptionAndExitCode2(String extra, String message) throws IOException {
    List<String> args = new ArrayList<>(List.of("plan", "--paths-from", paths("/p/A/a.jpg"), "-r", "/p"));
    args.addAll(List.of(extra.split(" ")));
    Result r = run(args.toArray(String[]::new));
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines().findFirst().orElse("")).startsWith("folder-albums: ").contains(message);
  }

  @Test
  void anUnreadableAlbumPropsFileIsOneLineNotAStackTrace() throws IOException {
    Path root = dir.resolve("lib");
    Files.createDirectories(root.resolve("A/.albumprops")); // a folder where the file should be: cannot be read
    Result r = run("plan", "--paths-from", paths(root + "/A/a.jpg"), "-r", root.toString(), "--read-album-properties");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).startsWith("folder-albums: cannot read " + root + "/A/.albumprops").doesNotContain("\tat ");
  }

  @Test
  void aMissingRootIsAUsageError() throws IOException {
    Result r = run("plan", "--paths-from", paths("/p/A/a.jpg"));
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--root-path: at least one root path is required");
  }

  @Test
  void versionAndHelpAnswer() {
    assertThat(run("--version").out).startsWith("folder-albums ");
    Result help = run("plan", "--help");
    assertThat(help.exit).isZero();
    assertThat(help.out).contains("--album-name-post-regex=PATTERN [REPLACEMENT]").contains("--paths-from");
  }
}
