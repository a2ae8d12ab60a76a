package dev.folderalbums.immich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.List;

/**
 * One page of {@code POST /search/metadata} as {@link AssetSummary}s.
 *
 * @param items the assets
 * @param nextPage the next page's number, or {@code null} on the last page
 */
@JsonDeserialize(using = AssetSummaryPage.Binding.class)
public record AssetSummaryPage(List<AssetSummary> items, String nextPage) {
  /** Never null. */
  public AssetSummaryPage {
    items = items == null ? List.of() : items;
  }

  /** The response's envelope: only {@code assets} is read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Envelope(AssetSummaryPage assets) {}

  /** The generated calls' way to {@link AssetSummaryPageReader}: the data binding is loaded only by them. */
  static final class Binding extends JsonDeserializer<AssetSummaryPage> {
    @Override
    public AssetSummaryPage deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return AssetSummaryPageReader.read(p);
    }
  }
}
