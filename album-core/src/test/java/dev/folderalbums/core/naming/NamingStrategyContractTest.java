package dev.folderalbums.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folderalbums.core.options.AlbumOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every naming strategy must pass, run against every provider the ServiceLoader finds. It ships as
 * album-core's test-jar: a strategy in another repository runs it with a test class that extends this one, e.g.
 * {@code class MyNamingContractTest extends NamingStrategyContractTest {}}.
 */
public class NamingStrategyContractTest {

  public static Stream<NamingStrategyProvider> providers() {
    return NamingStrategies.available().values().stream();
  }

  private static final List<AssetLocation> LOCATIONS = List.of(
      new AssetLocation("/p", List.of("a")), new AssetLocation("/p", List.of("a", "b", "c", "d", "e", "f")),
      new AssetLocation("/p", List.of("2020", "02 Feb")), new AssetLocation("/", List.of("Ünï cödé", "[x]")));

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  public void isRegisteredWithALowerCaseNameAndADescription(NamingStrategyProvider provider) {
    assertThat(provider.name()).matches("[a-z0-9-]+");
    assertThat(provider.description()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  public void isDeterministicAndIndependentOfCallOrder(NamingStrategyProvider provider) {
    for (String levels : List.of("1", "2", "-1", "2,3", "-3,-2")) {
      AlbumOptions options = AlbumOptions.builder().rootPath("/p").albumLevels(levels).build();
      NamingStrategy strategy = provider.create(options);
      List<Optional<String>> first = LOCATIONS.stream().map(strategy::albumName).toList();
      assertThat(first).doesNotContainNull();
      assertThat(first).as("a name is never blank: no album is empty()")
          .allSatisfy(name -> name.ifPresent(n -> assertThat(n).isNotBlank()));
      List<AssetLocation> shuffled = new ArrayList<>(LOCATIONS);
      Collections.shuffle(shuffled, new Random(1));
      NamingStrategy again = provider.create(options);
      for (AssetLocation l : shuffled) {
        assertThat(again.albumName(l)).isEqualTo(first.get(LOCATIONS.indexOf(l)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  public void aStrategyThatUsesTheAssetIsDeterministicAndNeverBlankToo(NamingStrategyProvider provider) {
    AlbumOptions options = AlbumOptions.builder().rootPath("/p").build();
    NamingStrategy strategy = provider.create(options);
    java.time.Instant day = java.time.Instant.parse("2020-02-29T12:00:00Z");
    List<dev.folderalbums.core.model.Asset> assets = List.of(
        new dev.folderalbums.core.model.Asset("1", "/p/a/x.jpg", day, null, false, null),
        new dev.folderalbums.core.model.Asset("2", "/p/a/y.jpg", null, null, false, null));
    for (AssetLocation location : LOCATIONS) {
      for (dev.folderalbums.core.model.Asset asset : assets) {
        Optional<String> name = strategy.albumName(location, asset);
        assertThat(name).isNotNull().isEqualTo(provider.create(options).albumName(location, asset));
        name.ifPresent(n -> assertThat(n).isNotBlank());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  public void theBuiltInIsFoundByName(NamingStrategyProvider provider) {
    assertThat(NamingStrategies.available()).containsKey(FolderLevelsNaming.NAME);
    assertThat(NamingStrategies.available().get(provider.name())).hasSameClassAs(provider);
  }
}
