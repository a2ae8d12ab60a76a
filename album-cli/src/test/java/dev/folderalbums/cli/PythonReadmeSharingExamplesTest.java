package dev.folderalbums.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.testkit.FakeAlbum;
import dev.folderalbums.testkit.FakeUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Python tool's README examples of "Automatic Album Sharing" and "Mass Updating Album Properties", run as
 * printed (bare script and Docker forms) against the fake Immich.
 */
class PythonReadmeSharingExamplesTest extends CliTestSupport {
  private FakeUser userA;
  private FakeUser userB;

  @BeforeEach
  void users() {
    userA = immich.addUser("User A", "usera@mydomain.com");
    userB = immich.addUser("User B", "userb@mydomain.com"); // Immich stores emails in lower case
  }

  private Map<String, String> sharesOf(String album) {
    return immich.albums(me).stream().filter(a -> a.name().equals(album)).findFirst().map(FakeAlbum::users)
        .orElseThrow();
  }

  @Test
  void shareNewAlbumsWithUserAAndUserBAsViewers() {
    Result r = run("--share-with", "User A", "--share-with", "User B", "/photos", immich.baseUrl(), me.apiKey(), "-u");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(sharesOf("2020")).isEqualTo(Map.of(userA.id(), "viewer", userB.id(), "viewer"));
  }

  @Test
  void shareNewAlbumsWithUserAAndUserBAsEditors() {
    Result r = run("--share-with", "User A", "--share-with", "User B", "--share-role", "editor", "/photos",
        immich.baseUrl(), me.apiKey(), "-u");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(sharesOf("Birthdays")).isEqualTo(Map.of(userA.id(), "editor", userB.id(), "editor"));
  }

  @Test
  void shareWithUserAAsEditorAndUserBByMailAddress() {
    Result r = run("--share-with", "User A=editor", "--share-with", "userB@mydomain.com", "/photos",
        immich.baseUrl(), me.apiKey(), "-u");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(sharesOf("2020")).isEqualTo(Map.of(userA.id(), "editor", userB.id(), "viewer"));
  }

  @Test
  void theDockerFormOfTheSameThreeExamples() {
    Map<String, String> base = Map.of("UNATTENDED", "1", "API_URL", immich.baseUrl(), "API_KEY", me.apiKey(),
        "ROOT_PATH", "/photos");
    Map<String, String> env = new java.util.HashMap<>(base);
    env.put("SHARE_WITH", "User A=editor:userB@mydomain.com");
    Result r = run(env, Terminal.NONE);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(sharesOf("2020")).isEqualTo(Map.of(userA.id(), "editor", userB.id(), "viewer"));

    immich.removeAlbums(me);
    env = new java.util.HashMap<>(base);
    env.putAll(Map.of("SHARE_WITH", "User A:User B", "SHARE_ROLE", "editor"));
    r = run(env, Terminal.NONE);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(sharesOf("Birthdays")).isEqualTo(Map.of(userA.id(), "editor", userB.id(), "editor"));
  }

  /** "Mass Updating Album Properties", example 1: share, then unshare, the Birthdays albums of existing albums. */
  @Test
  void massUpdateSharesThenUnsharesTheBirthdaysAlbums() {
    run("/photos", immich.baseUrl(), me.apiKey(), "-u");
    assertThat(sharesOf("Birthdays")).isEmpty();

    Result share = run("--find-assets-in-albums", "--update-album-props-mode", "2", "--share-with", "User A",
        "--share-with", "User B", "--path-filter", "Birthdays/**", "/photos", immich.baseUrl(), me.apiKey(), "-u");
    assertThat(share.exit()).as(share.err()).isZero();
    assertThat(sharesOf("Birthdays")).isEqualTo(Map.of(userA.id(), "viewer", userB.id(), "viewer"));
    assertThat(sharesOf("2020")).as("filtered out, left alone").isEmpty();

    // Unsharing is a removal: ours needs --delete-confirm (the migration table says so); without it, it is reported.
    List<String> unshare = List.of("--find-assets-in-albums", "--update-album-props-mode", "2", "--path-filter",
        "Birthdays/**", "/photos", immich.baseUrl(), me.apiKey(), "-u");
    Result reported = run(unshare.toArray(String[]::new));
    assertThat(reported.out()).contains("stop sharing 'Birthdays' with usera@mydomain.com (needs --delete-confirm)");
    assertThat(sharesOf("Birthdays")).hasSize(2);
    List<String> confirmed = new java.util.ArrayList<>(unshare);
    confirmed.add("--delete-confirm");
    assertThat(run(confirmed.toArray(String[]::new)).exit()).isZero();
    assertThat(sharesOf("Birthdays")).isEmpty();
  }

  /** "Mass Updating Album Properties", example 2, with the option's real name (the README misspells it). */
  @Test
  void massUpdateDisablesCommentsEverywhereButBirthdays() {
    run("/photos", immich.baseUrl(), me.apiKey(), "-u");
    Result r = run("--find-assets-in-albums", "--update-album-props-mode", "1", "--comments-and-likes-disabled",
        "--ignore", "Birthdays/**", "/photos", immich.baseUrl(), me.apiKey(), "-u");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(immich.albums(me)).filteredOn(a -> a.name().equals("2020")).singleElement()
        .satisfies(a -> assertThat(a.activityEnabled()).isFalse());
    assertThat(immich.albums(me)).filteredOn(a -> a.name().equals("Birthdays")).singleElement()
        .satisfies(a -> assertThat(a.activityEnabled()).isTrue());
  }
}
