package dev.folderalbums.examples;

import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.generated.model.ServerVersionResponseDto;

/** Prints the version of an Immich server: {@code java ServerVersion https://photos.example.com} (key in IMMICH_API_KEY). */
public final class ServerVersion {
  private ServerVersion() {}

  /**
   * @param url the Immich URL
   * @param apiKey an API key
   * @return the version as {@code major.minor.patch}
   */
  public static String of(String url, String apiKey) {
    try (ImmichClient immich = ImmichClient.builder().baseUrl(url).apiKey(apiKey).build()) {
      ServerVersionResponseDto v = immich.serverVersion();
      return v.getMajor() + "." + v.getMinor() + "." + v.getPatch();
    }
  }

  /** @param args the Immich URL */
  public static void main(String[] args) {
    System.out.println(of(args[0], System.getenv("IMMICH_API_KEY")));
  }
}
