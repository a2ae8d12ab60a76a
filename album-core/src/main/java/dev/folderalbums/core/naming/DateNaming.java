package dev.folderalbums.core.naming;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.options.AlbumOptions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Albums by date: the asset's file date, formatted with {@code --date-format} (default {@code yyyy-MM}, one album a
 * month), in UTC so that the same asset always lands in the same album wherever the tool runs. An asset without a
 * file date goes into no album. The example of a strategy that looks at the asset, not only at its folders.
 */
public final class DateNaming implements NamingStrategy {
  /** The name it is selected by. */
  public static final String NAME = "date";

  private final DateTimeFormatter format;

  /** @param pattern a {@link DateTimeFormatter} pattern, e.g. {@code yyyy-MM} or {@code yyyy/MMMM} */
  public DateNaming(String pattern) {
    this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
  }

  @Override
  public boolean usesAsset() {
    return true;
  }

  /** Never asked: the name depends on the asset. */
  @Override
  public Optional<String> albumName(AssetLocation location) {
    return Optional.empty();
  }

  @Override
  public Optional<String> albumName(AssetLocation location, Asset asset) {
    return asset.fileCreatedAt() == null ? Optional.empty() : Optional.of(format.format(asset.fileCreatedAt()));
  }

  /** Registers the strategy with the {@link java.util.ServiceLoader}. */
  public static final class Provider implements NamingStrategyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "the file date, formatted by --date-format (default yyyy-MM: an album a month), in UTC";
    }

    @Override
    public NamingStrategy create(AlbumOptions options) {
      return new DateNaming(options.dateFormat());
    }
  }
}
