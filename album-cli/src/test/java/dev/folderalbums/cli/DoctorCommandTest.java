package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import java.util.Set;
import dev.folderalbums.testkit.FakeImmich;
import dev.folderalbums.testkit.Generation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class DoctorCommandTest extends CliTestSupport {

  @Test
  void reportsVersionKeyLibrariesAndWhichRootWouldMatch() {
    immich.addLibrary(me, List.of("/photos", "/other"));
    Result r = run("doctor", "/fotos", immich.baseUrl(), me.apiKey());
    assertThat(r.exit()).as("a root that matches nothing is a failed check").isEqualTo(1);
    assertThat(r.out()).contains("✓ Immich 3.0.3").contains("✓ API key of Me <me@example.com>")
        .contains("library 'Library 1': /photos, /other")
        .contains("✗ root /fotos: 0 of 6 sampled assets lie below it; it is below no library import path")
        .contains("the sampled assets lie below: /photos/2020 (3)");
    Result good = run("doctor", "/photos", immich.baseUrl(), me.apiKey());
    assertThat(good.out()).contains("✓ root /photos: 5 of 6 sampled assets lie below it");
    assertThat(good.exit()).as(good.err()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Generation.class)
  void everyServerGenerationPassesAndAMissingRootFails(Generation generation) {
    immich.close();
    immich = FakeImmich.start(generation);
    me = immich.addUser("Me", "me@example.com");
    immich.addAssets(me, TREE);
    Result r = run("doctor", "/photos", immich.baseUrl(), me.apiKey());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("✓ Immich " + generation.version()).contains("✓ root /photos: 5 of 6")
        .doesNotContain("✗");
    assertThat(r.out()).contains(generation == Generation.V1
        ? "? permissions: Immich before 2.0 does not report a key's permissions" : "✓ permissions: all");
    Result missing = run("doctor", "/nonexistent/root", immich.baseUrl(), me.apiKey());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("✗ root /nonexistent/root: 0 of 6");
  }

  @Test
  void listsAlbumPropsWarningsAndFailsOnABadFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("A"));
    Files.writeString(dir.resolve("A/.albumprops"), "description: x\nsort_oder: desc\n");
    immich.addAssets(me, List.of(dir + "/A/a.jpg"));
    Result warned = run("doctor", dir.toString(), immich.baseUrl(), me.apiKey());
    assertThat(warned.out()).contains("! " + dir + "/A/.albumprops:2: unknown key 'sort_oder' (did you mean"
        + " 'sort_order'?)");
    assertThat(warned.exit()).as(warned.out()).isZero();
    Files.writeString(dir.resolve("A/.albumprops"), "visibility: public\n");
    Result bad = run("doctor", dir.toString(), immich.baseUrl(), me.apiKey());
    assertThat(bad.out()).contains("✗ " + dir + "/A/.albumprops:1: visibility: 'public' is not");
    assertThat(bad.exit()).isEqualTo(1);
  }

  @Test
  void aWrongKeyOrUnreachableServerExitsWith3() {
    Result r = run("doctor", "/photos", immich.baseUrl(), "bad");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("✗ API key: not accepted");
    Result down = run("doctor", "/photos", "http://127.0.0.1:1", "bad", "--api-timeout", "1");
    assertThat(down.exit()).isEqualTo(3);
    assertThat(down.out()).contains("✗ URL");
  }

  @Test
  void missingPermissionsAreNamedWhenTheServerTellsThem() {
    immich.restrictKey(me, Set.of("user.read", "asset.read"));
    Result r = run("doctor", "/photos", immich.baseUrl(), me.apiKey());
    assertThat(r.out()).contains("! permissions missing: album.read, album.create, albumAsset.create")
        .contains("? permissions: without asset.statistics, a first run on a big library").contains("✓ root /photos");
    immich.restrictKey(me, Set.of("all"));
    assertThat(run("doctor", "/photos", immich.baseUrl(), me.apiKey()).out()).contains("✓ permissions: all");
  }
}
