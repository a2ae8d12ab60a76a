package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import dev.folderalbums.core.props.SortOrder;
import dev.folderalbums.core.sync.Mode;
import dev.folderalbums.core.sync.SyncOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every option and every environment variable reaches the one configuration, with the Python tool's defaults. */
class ParsingTest {
  private static final String[] BASE = {"/photos", "https://immich.example.com", "key-1"};

  private static FolderAlbumsCommand.Setup setup(Map<String, String> env, String... args) {
    String[] effective = FolderAlbumsCommand.withEnvironment(args, env);
    FolderAlbumsCommand command = new FolderAlbumsCommand();
    command.env = env;
    new CommandLine(command).parseArgs(effective);
    return command.setup();
  }

  private static SyncOptions options(String... extra) {
    String[] args = Stream.concat(Arrays.stream(BASE), Arrays.stream(extra)).toArray(String[]::new);
    return setup(Map.of(), args).options();
  }

  @Test
  void defaultsAreThePythonTools() {
    SyncOptions o = options();
    assertThat(o.mode()).isEqualTo(Mode.CREATE);
    assertThat(o.chunkSize()).isEqualTo(2000);
    assertThat(o.fetchChunkSize()).isEqualTo(1000);
    assertThat(o.threads()).isEqualTo(4);
    assertThat(o.syncMode()).isZero();
    assertThat(o.updateAlbumPropsMode()).isZero();
    assertThat(o.album().albumLevels().toString()).isEqualTo("1");
    assertThat(o.album().albumSeparator()).isEqualTo(" ");
    assertThat(o.album().albumOrder()).isNull();
    assertThat(o.album().commentsAndLikesEnabled()).isNull();
    assertThat(o.deleteConfirm()).isFalse();
  }

  static Stream<Arguments> optionCases() {
    return Stream.of(
        opt("-r /more", o -> o.album().rootPaths(), List.of("/photos", "/more")),
        opt("-a 2,3", o -> o.album().albumLevels().toString(), "2,3"),
        opt("-s -", o -> o.album().albumSeparator(), "-"),
        opt("-R a b -R c", o -> o.album().nameRewrites().size(), 2),
        opt("-c 50", SyncOptions::chunkSize, 50),
        opt("-C 5000", SyncOptions::fetchChunkSize, 1000),
        opt("-m CLEANUP", SyncOptions::mode, Mode.CLEANUP),
        opt("-m delete_all", SyncOptions::mode, Mode.DELETE_ALL),
        opt("-d", SyncOptions::deleteConfirm, true),
        opt("-x mom -x dad=editor -o editor", o -> o.album().shareWith(),
            List.of(new AlbumShare("mom", ShareRole.EDITOR), new AlbumShare("dad", ShareRole.EDITOR))),
        opt("-S 2", SyncOptions::syncMode, 2),
        opt("-O desc", o -> o.album().albumOrder(), SortOrder.DESC),
        opt("-A", SyncOptions::findAssetsInAlbums, true),
        opt("-f 2020/** --path-filter-regex .*x", o -> o.album().pathFilters().size()
            + o.album().pathFilterRegexes().size(), 2),
        opt("-i x --ignore-regex .*y", o -> o.album().ignores().size() + o.album().ignoreRegexes().size(), 2),
        opt("--set-album-thumbnail random-all", o -> o.album().albumThumbnail(), "random-all"),
        opt("--visibility archive", o -> o.album().visibility(), Visibility.ARCHIVE),
        opt("--find-archived-assets", SyncOptions::findArchivedAssets, true),
        opt("--read-album-properties", o -> o.album().readAlbumProperties(), true),
        opt("--comments-and-likes-enabled", o -> o.album().commentsAndLikesEnabled(), true),
        opt("--comments-and-likes-disabled", o -> o.album().commentsAndLikesEnabled(), false),
        opt("--update-album-props-mode 2", SyncOptions::updateAlbumPropsMode, 2),
        opt("--threads 20", SyncOptions::threads, 20),
        opt("--dry-run", SyncOptions::dryRun, true),
        opt("--force", SyncOptions::force, true),
        opt("--max-delete-share 0.2", SyncOptions::maxDeleteShare, 0.2),
        opt("--max-offline-assets 7", SyncOptions::maxOfflineAssets, 7),
        opt("--sync-only-managed-albums", SyncOptions::syncOnlyManagedAlbums, true),
        opt("--naming folder-levels", o -> o.album().namingStrategy(), "folder-levels"),
        opt("--strict-album-properties", o -> o.album().strictAlbumProperties(), true),
        opt("--archive", o -> o.album().visibility(), Visibility.ARCHIVE),
        opt("-v", o -> o.album().visibility(), Visibility.ARCHIVE),
        opt("-v -m CLEANUP", o -> o.album().visibility(), Visibility.TIMELINE),
        opt("--archive -m DELETE_ALL", o -> o.album().visibility(), Visibility.TIMELINE),
        opt("--archive --visibility hidden", o -> o.album().visibility(), Visibility.HIDDEN));
  }

  private static Arguments opt(String args, Function<SyncOptions, Object> get, Object expected) {
    return Arguments.of(args, get, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionCases")
  void everyOptionReachesTheConfiguration(String args, Function<SyncOptions, Object> get, Object expected) {
    assertThat(get.apply(options(args.split(" ")))).isEqualTo(expected);
  }

  static Stream<Arguments> variableCases() {
    return Stream.of(
        var("ALBUM_LEVELS", "-2", o -> o.album().albumLevels().toString(), "-2"),
        var("ALBUM_SEPARATOR", "", o -> o.album().albumSeparator(), ""),
        var("ALBUM_NAME_POST_REGEX1", "'a b' 'c'", o -> o.album().nameRewrites().get(0).pattern(), "a b"),
        var("CHUNK_SIZE", "10", SyncOptions::chunkSize, 10),
        var("FETCH_CHUNK_SIZE", "200", SyncOptions::fetchChunkSize, 200),
        var("IGNORE", "a:b", o -> o.album().ignores(), List.of("a", "b")),
        var("PATH_FILTER", "x/**:y", o -> o.album().pathFilters(), List.of("x/**", "y")),
        var("PATH_FILTER_REGEX1", ".*a", o -> o.album().pathFilterRegexes(), List.of(".*a")),
        var("IGNORE_REGEX1", ".*b", o -> o.album().ignoreRegexes(), List.of(".*b")),
        var("MODE", "CLEANUP", SyncOptions::mode, Mode.CLEANUP),
        var("DELETE_CONFIRM", "true", SyncOptions::deleteConfirm, true),
        var("DELETE_CONFIRM", "0", SyncOptions::deleteConfirm, false),
        var("SHARE_WITH", "mom:dad=editor", o -> o.album().shareWith().size(), 2),
        var("SHARE_ROLE", "editor", o -> o.album().shareWith().isEmpty(), true),
        var("SYNC_MODE", "1", SyncOptions::syncMode, 1),
        var("ALBUM_ORDER", "asc", o -> o.album().albumOrder(), SortOrder.ASC),
        var("FIND_ASSETS_IN_ALBUMS", "1", SyncOptions::findAssetsInAlbums, true),
        var("SET_ALBUM_THUMBNAIL", "first", o -> o.album().albumThumbnail(), "first"),
        var("ARCHIVE", "true", o -> o.album().visibility(), Visibility.ARCHIVE),
        var("STRICT_ALBUM_PROPERTIES", "1", o -> o.album().strictAlbumProperties(), true),
        var("VISIBILITY", "locked", o -> o.album().visibility(), Visibility.LOCKED),
        var("FIND_ARCHIVED_ASSETS", "true", SyncOptions::findArchivedAssets, true),
        var("READ_ALBUM_PROPERTIES", "1", o -> o.album().readAlbumProperties(), true),
        var("COMMENTS_AND_LIKES", "1", o -> o.album().commentsAndLikesEnabled(), true),
        var("COMMENTS_AND_LIKES", "0", o -> o.album().commentsAndLikesEnabled(), false),
        var("UPDATE_ALBUM_PROPS_MODE", "1", SyncOptions::updateAlbumPropsMode, 1),
        var("THREADS", "8", SyncOptions::threads, 8),
        var("DRY_RUN", "1", SyncOptions::dryRun, true));
  }

  private static Arguments var(String name, String value, Function<SyncOptions, Object> get, Object expected) {
    return Arguments.of(name, value, get, expected);
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("variableCases")
  void everyVariableReachesTheConfiguration(String name, String value, Function<SyncOptions, Object> get,
      Object expected) {
    Map<String, String> env = Map.of("ROOT_PATH", "/photos", "API_URL", "https://h", "API_KEY", "k", name, value);
    assertThat(get.apply(setup(env).options())).isEqualTo(expected);
  }

  @Test
  void connectionVariables() {
    FolderAlbumsCommand.Setup s = setup(Map.of("ROOT_PATH", "/a, /b", "API_URL", "https://h", "API_KEY", "k1:k2",
        "INSECURE", "1", "API_TIMEOUT", "5", "MAX_RETRY_COUNT", "0", "LOG_LEVEL", "WARNING", "UNATTENDED", "1"));
    assertThat(s.options().album().rootPaths()).containsExactly("/a", "/b");
    assertThat(s.apiUrl()).isEqualTo("https://h");
    assertThat(s.keys()).containsExactly("k1", "k2");
    String[] args = FolderAlbumsCommand.withEnvironment(new String[0], Map.of("INSECURE", "1", "API_TIMEOUT", "5",
        "MAX_RETRY_COUNT", "0", "UNATTENDED", "true", "CRON_EXPRESSION", "0 * * * *", "RUN_IMMEDIATELY", "1",
        "LOG_LEVEL", "DEBUG", "API_KEY_TYPE", "file"));
    assertThat(args).contains("--insecure", "--api-timeout=5", "--max-retry-count=0", "--unattended",
        "--cron=0 * * * *", "--run-immediately", "--log-level=DEBUG", "--api-key-type=file");
    FolderAlbumsCommand.setLogLevel("INFO");
  }

  @Test
  void theCommandLineWinsAndListsFromTheEnvironmentAreReplacedNotMerged() {
    Map<String, String> env = Map.of("ROOT_PATH", "/photos", "API_URL", "https://h", "API_KEY", "k",
        "IGNORE", "a:b", "CHUNK_SIZE", "10");
    SyncOptions o = setup(env, "--ignore", "c", "-c", "20").options();
    assertThat(o.album().ignores()).containsExactly("c");
    assertThat(o.chunkSize()).isEqualTo(20);
  }

  @Test
  void postRegexAndPositionalsInEveryOrder() {
    assertThat(options("-R", "x", "y").album().nameRewrites().get(0).replacement()).isEqualTo("y");
    FolderAlbumsCommand.Setup before = setup(Map.of(), "-R", "x", "/photos", "https://h", "k");
    assertThat(before.options().album().nameRewrites().get(0).replacement()).isEmpty();
    assertThat(before.apiUrl()).isEqualTo("https://h");
    FolderAlbumsCommand.Setup between = setup(Map.of(), "-R", "x", "y", "/photos", "https://h", "k");
    assertThat(between.options().album().nameRewrites().get(0).replacement()).isEqualTo("y");
    assertThat(between.keys()).containsExactly("k");
  }

  @Test
  void badBooleansAndQuotesInVariablesAreNamed() {
    assertThatThrownBy(() -> FolderAlbumsCommand.withEnvironment(new String[0], Map.of("INSECURE", "yes please")))
        .hasMessage("INSECURE: 'yes please' is not allowed; use true, false, 1 or 0");
    assertThatThrownBy(() -> FolderAlbumsCommand.withEnvironment(new String[0],
        Map.of("ALBUM_NAME_POST_REGEX1", "'open")))
        .hasMessageContaining("ALBUM_NAME_POST_REGEX1: unclosed quote");
  }
}
