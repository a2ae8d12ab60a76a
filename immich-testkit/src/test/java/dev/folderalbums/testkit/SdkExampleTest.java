package dev.folderalbums.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.immich.AlbumQuery;
import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.error.ImmichBadRequestException;
import dev.folderalbums.immich.generated.model.AlbumResponseDto;
import dev.folderalbums.immich.generated.model.CreateAlbumDto;
import dev.folderalbums.immich.generated.model.MetadataSearchDto;
import dev.folderalbums.immich.generated.model.SearchAssetResponseDto;
import dev.folderalbums.immich.generated.model.ServerVersionResponseDto;
import dev.folderalbums.immich.generated.model.UpdateAlbumDto;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's SDK example, compiled and run against the fake; album-cli's ReadmeTest checks the README shows it. */
class SdkExampleTest {

  @Test
  void theReadmeSdkExampleRuns() {
    try (FakeImmich fake = FakeImmich.start()) {
      FakeUser me = fake.addUser("Me", "me@example.com");
      List<FakeAsset> assets = fake.addAssets(me, List.of("/photos/Rome/a.jpg", "/photos/Rome/b.jpg"));
      List<String> seen = example(fake.baseUrl(), me.apiKey(), assets.stream().map(a -> UUID.fromString(a.id()))
          .toList());
      assertThat(seen).containsExactly("3.0.3", "Rome: 2 assets", "2 assets found", "no such album");
      assertThat(fake.albums(me)).singleElement().satisfies(a -> assertThat(a.description()).isEqualTo("2026"));
    }
  }

  private static List<String> example(String url, String apiKey, List<UUID> assetIds) {
    List<String> seen = new ArrayList<>();
    // README:sdk-begin
    try (ImmichClient immich = ImmichClient.builder()
        .baseUrl(url)                                  // https://photos.example.com, …/api, …/api/
        .apiKey(apiKey)
        .build()) {
      ServerVersionResponseDto v = immich.serverVersion();
      seen.add(v.getMajor() + "." + v.getMinor() + "." + v.getPatch());

      AlbumResponseDto rome = immich.createAlbum(new CreateAlbumDto().albumName("Rome").assetIds(assetIds));
      immich.updateAlbum(rome.getId(), new UpdateAlbumDto().description("2026"));
      for (AlbumResponseDto album : immich.listAlbums(AlbumQuery.owned().withName("Rome"))) {
        seen.add(album.getAlbumName() + ": " + album.getAssetCount() + " assets");
      }
      for (SearchAssetResponseDto page : immich.searchMetadataPages(new MetadataSearchDto().size(1000))) {
        seen.add(page.getItems().size() + " assets found");
      }
      try {
        immich.album(UUID.randomUUID());
      } catch (ImmichBadRequestException e) {        // unchecked, typed; Immich says 400 for an album it hides
        seen.add("no such album");
      }
      // Any other API, the same way: immich.call(() -> immich.api(TagsApi::new).getAllTags())
    }
    // README:sdk-end
    return seen;
  }
}
