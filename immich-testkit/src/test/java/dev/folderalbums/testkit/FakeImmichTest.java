package dev.folderalbums.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folderalbums.immich.ImmichClient;
import dev.folderalbums.immich.RetryPolicy;
import dev.folderalbums.immich.error.ImmichBadRequestException;
import dev.folderalbums.immich.error.ImmichForbiddenException;
import dev.folderalbums.immich.error.ImmichUnauthorizedException;
import dev.folderalbums.immich.generated.model.AlbumResponseDto;
import dev.folderalbums.immich.generated.model.AlbumUserAddDto;
import dev.folderalbums.immich.generated.model.AlbumUserRole;
import dev.folderalbums.immich.generated.model.AddUsersDto;
import dev.folderalbums.immich.generated.model.BulkIdErrorReason;
import dev.folderalbums.immich.generated.model.BulkIdResponseDto;
import dev.folderalbums.immich.generated.model.BulkIdsDto;
import dev.folderalbums.immich.generated.model.CreateAlbumDto;
import dev.folderalbums.immich.generated.model.MetadataSearchDto;
import dev.folderalbums.immich.generated.model.SearchAssetResponseDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeImmichTest {
  private final FakeImmich immich = FakeImmich.start(Generation.V3);
  private final FakeUser me = immich.addUser("Me", "me@example.com");
  private final FakeUser mom = immich.addUser("Mom", "mom@example.com");

  @AfterEach
  void stop() {
    immich.close();
  }

  private ImmichClient client(FakeUser user) {
    return ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey(user.apiKey())
        .retryPolicy(RetryPolicy.NONE).build();
  }

  @Test
  void albumsAssetsAndSharingBehaveAsInImmich() {
    List<FakeAsset> assets = immich.addAssets(me, List.of("/p/A/1.jpg", "/p/A/2.jpg"));
    UUID a1 = UUID.fromString(assets.get(0).id());
    try (ImmichClient c = client(me)) {
      AlbumResponseDto album = c.call(() -> c.albums().createAlbum(new CreateAlbumDto().albumName("A")));
      assertThat(album.getAlbumUsers()).singleElement()
          .satisfies(u -> assertThat(u.getRole()).isEqualTo(AlbumUserRole.OWNER));
      UUID id = album.getId();
      List<BulkIdResponseDto> first = c.call(() -> c.albums().addAssetsToAlbum(id, new BulkIdsDto().ids(List.of(a1))));
      assertThat(first.get(0).getSuccess()).isTrue();
      List<BulkIdResponseDto> again = c.call(() -> c.albums().addAssetsToAlbum(id,
          new BulkIdsDto().ids(List.of(a1, UUID.randomUUID()))));
      assertThat(again).extracting(BulkIdResponseDto::getError)
          .containsExactly(BulkIdErrorReason.DUPLICATE, BulkIdErrorReason.NOT_FOUND);
      c.call(() -> c.albums().addUsersToAlbum(id, new AddUsersDto().albumUsers(List.of(
          new AlbumUserAddDto().userId(UUID.fromString(mom.id())).role(AlbumUserRole.VIEWER)))));
      assertThatThrownBy(() -> c.call(() -> c.albums().addUsersToAlbum(id, new AddUsersDto().albumUsers(List.of(
          new AlbumUserAddDto().userId(UUID.fromString(me.id())).role(AlbumUserRole.VIEWER))))))
          .isInstanceOf(ImmichBadRequestException.class).hasMessageContaining("owner");
      assertThat(c.call(() -> c.albums().getAllAlbums(null, null, true, null, null))).hasSize(1);
    }
    assertThat(immich.albums(me)).singleElement().satisfies(a -> {
      assertThat(a.assetIds()).containsExactly(a1.toString());
      assertThat(a.users()).containsEntry(mom.id(), "viewer");
    });
    try (ImmichClient c = client(mom)) {
      assertThat(c.call(() -> c.albums().getAllAlbums(null, null, true, null, null))).isEmpty();
      assertThat(c.call(() -> c.albums().getAllAlbums(null, null, false, null, null))).hasSize(1);
    }
  }

  @Test
  void searchPagesAndFilters() {
    immich.addAssets(me, IntStream.range(0, 25).mapToObj(i -> "/p/" + i + ".jpg").toList());
    immich.addAssets(mom, List.of("/p/mom.jpg"));
    List<String> paths = new ArrayList<>();
    try (ImmichClient c = client(me)) {
      for (SearchAssetResponseDto page : c.searchMetadataPages(new MetadataSearchDto().size(10).isNotInAlbum(true))) {
        page.getItems().forEach(a -> paths.add(a.getOriginalPath()));
      }
      assertThatThrownBy(() -> c.searchMetadataPages(new MetadataSearchDto().size(1001)).iterator().next())
          .isInstanceOf(ImmichBadRequestException.class);
    }
    assertThat(paths).hasSize(25).doesNotContain("/p/mom.jpg");
    assertThat(immich.requests().stream().filter(r -> r.path().equals("/search/metadata"))).hasSize(4);
  }

  @Test
  void keysAreCheckedAndPermissionsEnforced() {
    immich.restrictKey(me, Set.of("album.read"));
    try (ImmichClient c = client(me)) {
      assertThat(c.call(() -> c.albums().getAllAlbums(null, null, true, null, null))).isEmpty();
      assertThatThrownBy(() -> c.call(() -> c.albums().createAlbum(new CreateAlbumDto().albumName("x"))))
          .isInstanceOfSatisfying(ImmichForbiddenException.class,
              e -> assertThat(e.missingPermission()).hasValue("album.create"));
    }
    try (ImmichClient c = ImmichClient.builder().baseUrl(immich.baseUrl()).apiKey("wrong").build()) {
      assertThatThrownBy(c::me).isInstanceOf(ImmichUnauthorizedException.class);
      assertThat(c.serverVersion().getMajor()).isEqualTo(3);
    }
  }

  @Test
  void olderGenerationShapes() {
    try (FakeImmich old = FakeImmich.start(Generation.V2)) {
      FakeUser user = old.addUser("Old", "old@example.com");
      old.addAlbum(user, "Legacy", List.of());
      try (ImmichClient c = ImmichClient.builder().baseUrl(old.baseUrl()).apiKey(user.apiKey()).build()) {
        assertThat(c.serverVersion().getMajor()).isEqualTo(2);
        List<AlbumResponseDto> albums = c.call(() -> c.albums().getAllAlbums(null, null, null, null, null));
        assertThat(albums).singleElement().satisfies(a -> assertThat(a.getAlbumUsers()).isEmpty());
      }
      assertThat(old.requests()).extracting(RecordedRequest::endpoint).contains("GET /albums");
    }
  }

  @Test
  void injectedFaultsAreSeededAndRecorded() {
    immich.faults(FaultPlan.serverErrors(3, 1.0));
    try (ImmichClient c = client(me)) {
      assertThatThrownBy(c::me).hasMessageContaining("HTTP 50");
    }
    assertThat(immich.requests()).singleElement().satisfies(r -> assertThat(r.status()).isIn(500, 502, 503));
  }

  @Test
  void theCostModelChargesTheOffsetAndANotInAlbumSearchItsWholeUnassignedSet() {
    List<String> paths = java.util.stream.IntStream.range(0, 2500).mapToObj(i -> "/photos/A/" + i + ".jpg").toList();
    immich.addAssets(me, paths);
    immich.searchCostModel(new FakeImmich.CostModel(100, 1.0, 10.0));
    try (ImmichClient c = client(me)) {
      for (int page = 1; page <= 3; page++) {
        c.searchAssetSummaries(new dev.folderalbums.immich.generated.model.MetadataSearchDto().page(page).size(1000));
        c.searchAssetSummaries(new dev.folderalbums.immich.generated.model.MetadataSearchDto().page(page).size(1000)
            .isNotInAlbum(true));
      }
    }
    List<Long> costs = immich.requests().stream().filter(r -> r.path().equals("/search/metadata"))
        .map(RecordedRequest::modelledCostMicros).toList();
    // plain: 100 + offset; not in album: 100 + offset + 10 × the 2,500 unassigned assets (plus the user's others)
    int all = immich.assets().size();
    assertThat(costs).containsExactly(100L, 100L + 10 * all, 1100L, 1100L + 10 * all, 2100L, 2100L + 10 * all);
  }
}
