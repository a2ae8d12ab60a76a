package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: one line naming the option, file or line, exit code 2, and no write request reaches Immich. */
class BadInputTest extends CliTestSupport {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "-a 0                                    | --album-levels: '0' is not allowed",
      "-a -1,2                                 | --album-levels: '-1,2'",
      "-a 3,2                                  | --album-levels: '3,2'",
      "-a abc                                  | --album-levels: 'abc' is not a number",
      "-R (unclosed                            | --album-name-post-regex: invalid regular expression",
      "-f a/[b                                 | --path-filter: invalid glob",
      "--ignore-regex *x                       | --ignore-regex: invalid regular expression",
      "-c 0                                    | --chunk-size: 0 is not allowed",
      "--threads 0                             | --threads: 0 is not allowed; use 1 to 20",
      "--threads 21                            | --threads: 21 is not allowed; use 1 to 20",
      "-x mom=owner                            | --share-with: 'mom=owner': 'owner' is not a role",
      "-o owner                                | --share-role: 'owner' is not a role",
      "-m SOMETIMES                            | --mode: 'SOMETIMES' is not allowed",
      "-S 3                                    | --sync-mode: 3 is not allowed",
      "-O sideways                             | --album-order: 'sideways' is not allowed",
      "--set-album-thumbnail middle            | --set-album-thumbnail: 'middle' is not allowed",
      "--visibility public                     | --visibility: 'public' is not a visibility",
      "--update-album-props-mode 5             | --update-album-props-mode: 5 is not allowed",
      "--comments-and-likes-enabled --comments-and-likes-disabled | contradict each other",
      "-l LOUD                                 | --log-level: 'LOUD' is not allowed",
      "--api-timeout 0                         | --api-timeout: 0 is not allowed",
      "-t database                             | --api-key-type: 'database' is not allowed",
      "--cron every-day                        | --cron (CRON_EXPRESSION): 'every-day' is not a cron expression",
      "--output yaml                           | --output: 'yaml' is not allowed",
      "--max-delete-share 2                    | --max-delete-share: 2.0 is not allowed",
      "--max-delete-share NaN                  | --max-delete-share: NaN is not allowed",
      "--max-delete-share Infinity             | --max-delete-share: Infinity is not allowed",
      "--max-delete-share -Infinity            | --max-delete-share: -Infinity is not allowed",
      "-r photos                               | --root-path: a root path is not absolute",
      "-r photos/more                          | --root-path: 'photos/more' is not absolute",
      "--threads many                          | Invalid value for option '--threads': 'many' is not an int",
      "--no-such-option                        | Unknown option: '--no-such-option'",
  })
  void badOptions(String extra, String message) {
    List<String> args = new ArrayList<>(List.of("/photos", immich.baseUrl(), me.apiKey(), "-u"));
    args.addAll(Arrays.asList(extra.trim().split("\\s+")));
    assertBad(run(args.toArray(String[]::new)), message);
  }

  private void assertBad(Result r, String message) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElse("")).startsWith("folder-albums: ").contains(message);
    assertThat(r.err()).doesNotContain(me.apiKey());
    assertThat(immich.successfulWrites()).isEmpty();
  }

  @Test
  void anApiUrlWithoutSchemeIsNamed() {
    assertBad(run("/photos", "photos.example.com", me.apiKey(), "-u"), "API_URL: the second argument is not a"
        + " usable Immich URL");
  }

  @Test
  void aPortOutOfRangeIsSaidInOurWords() {
    Result r = run("/photos", "http://127.0.0.1:99999", me.apiKey(), "-u");
    assertBad(r, "API_URL: the second argument is not a usable Immich URL: The Immich URL's port 99999 is out of"
        + " range: use a port from 1 to 65535");
    assertThat(r.err()).doesNotContain("Use -1");
  }

  @Test
  void runImmediatelyWithoutCronWarnsAndRunsOnce() {
    ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
        .getLogger("folder-albums");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
        new ch.qos.logback.core.read.ListAppender<>();
    events.start();
    log.addAppender(events);
    Result r;
    try {
      r = run("/photos", immich.baseUrl(), me.apiKey(), "-u", "--run-immediately");
    } finally {
      log.detachAppender(events);
    }
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(events.list).anyMatch(e -> e.getFormattedMessage()
        .contains("--run-immediately (RUN_IMMEDIATELY) has no effect without --cron"));
    assertThat(immich.albums(me)).isNotEmpty();
  }

  @Test
  void aMissingApiKeyFileIsNamed() {
    assertBad(run("/photos", immich.baseUrl(), dir.resolve("nope").toString(), "-t", "file", "-u"),
        "cannot read the key file");
  }

  @Test
  void anEmptyLineInAKeyFileNamesFileAndLine() throws IOException {
    Path keys = dir.resolve("keys.txt");
    Files.writeString(keys, me.apiKey() + "\n\n" + mom.apiKey() + "\n");
    assertBad(run("/photos", immich.baseUrl(), keys.toString(), "-t", "file", "-u"), keys + ":2: empty line");
  }

  @Test
  void anUnknownShareUserStopsBeforeWriting() {
    Result r = run("/photos", immich.baseUrl(), me.apiKey(), "-u", "-x", "nobody");
    assertBad(r, "no Immich user is named nobody");
  }

  @Test
  void aMalformedAlbumPropsFileNamesTheFileAndLine() throws IOException {
    Path root = dir.resolve("lib");
    Files.createDirectories(root.resolve("A"));
    Files.writeString(root.resolve("A/.albumprops"), "description: x\ncolour: red\n");
    immich.addAssets(me, List.of(root + "/A/a.jpg"));
    assertBad(run(root.toString(), immich.baseUrl(), me.apiKey(), "-u", "--read-album-properties",
        "--strict-album-properties"), root + "/A/.albumprops:2: unknown key 'colour'");
    Files.writeString(root.resolve("A/.albumprops"), "description: x\nsort_order: sideways\n");
    assertBad(run(root.toString(), immich.baseUrl(), me.apiKey(), "-u", "--read-album-properties"),
        root + "/A/.albumprops:2: sort_order: 'sideways' is not");
  }

  @Test
  void anUnknownAlbumPropsKeyIsAWarningAndTheRunGoesOn() throws IOException {
    Path root = dir.resolve("lib");
    Files.createDirectories(root.resolve("A"));
    Files.writeString(root.resolve("A/.albumprops"), "description: x\nsort_oder: desc\n");
    immich.addAssets(me, List.of(root + "/A/a.jpg"));
    Result r = run(root.toString(), immich.baseUrl(), me.apiKey(), "-u", "--read-album-properties");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).contains(root + "/A/.albumprops:2: unknown key 'sort_oder' (did you mean"
        + " 'sort_order'?)");
    assertThat(immich.albums(me)).singleElement().satisfies(a -> assertThat(a.description()).isEqualTo("x"));
  }

  @Test
  void aBadEnvironmentVariableIsNamed() {
    Result r = run(Map.of("ROOT_PATH", "/photos", "API_URL", immich.baseUrl(), "API_KEY", me.apiKey(),
        "UNATTENDED", "maybe"), Terminal.NONE);
    assertBad(r, "UNATTENDED: 'maybe' is not allowed; use true, false, 1 or 0");
  }

  @Test
  void missingConfigurationNamesWhatIsMissing() {
    assertBad(run(), "ROOT_PATH: a root path is required");
    assertBad(run("/photos"), "API_URL: the Immich URL is required");
    assertBad(run("/photos", immich.baseUrl()), "API_KEY: an API key is required");
  }

  @Test
  void aWrongKeyExitsWith3AndSaysToCheckIt() {
    Result r = run("/photos", immich.baseUrl(), "wrong-key-123", "-u");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("folder-albums: API key: Immich at").contains("did not accept the key: check the key")
        .doesNotContain("wrong-key-123");
  }

  @Test
  void aTooLargeFetchChunkSizeIsCappedNotRefused() {
    Result r = run("/photos", immich.baseUrl(), me.apiKey(), "-u", "-C", "5000");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.requests()).filteredOn(q -> q.path().equals("/search/metadata"))
        .allSatisfy(q -> assertThat(q.body()).contains("\"size\":1000"));
  }
}
