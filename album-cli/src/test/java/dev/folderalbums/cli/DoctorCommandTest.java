package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoctorCommandTest extends CliTestSupport {

  @Test
  void reportsVersionKeyLibrariesAndWhichRootWouldMatch() {
    immich.addLibrary(me, List.of("/photos", "/other"));
    Result r = run("doctor", "/fotos", immich.baseUrl(), me.apiKey());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("✓ Immich 3.0.3").contains("✓ API key of Me <me@example.com>")
        .contains("library 'Library 1': /photos, /other")
        .contains("✗ root /fotos: 0 of 6 sampled assets lie below it; it is below no library import path")
        .contains("the sampled assets lie below: /photos/2020 (3)");
    Result good = run("doctor", "/photos", immich.baseUrl(), me.apiKey());
    assertThat(good.out()).contains("✓ root /photos: 5 of 6 sampled assets lie below it");
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
        .contains("✓ root /photos");
    immich.restrictKey(me, Set.of("all"));
    assertThat(run("doctor", "/photos", immich.baseUrl(), me.apiKey()).out()).contains("✓ permissions: all");
  }
}
