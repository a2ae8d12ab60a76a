package dev.folderalbums.testkit;

/**
 * A user of the fake server.
 *
 * @param id the user's id
 * @param name the display name
 * @param email the email
 * @param apiKey the user's API key
 */
public record FakeUser(String id, String name, String email, String apiKey) {
  @Override
  public String toString() {
    return "FakeUser[" + name + " <" + email + ">]";
  }
}
