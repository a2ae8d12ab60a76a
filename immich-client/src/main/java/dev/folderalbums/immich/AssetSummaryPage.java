package dev.folderalbums.immich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * One page of {@code POST /search/metadata} as {@link AssetSummary}s.
 *
 * @param items the assets
 * @param nextPage the next page's number, or {@code null} on the last page
 */
@JsonDeserialize(using = AssetSummaryPageReader.class)
public record AssetSummaryPage(List<AssetSummary> items, String nextPage) {
  /** Never null. */
  public AssetSummaryPage {
    items = items == null ? List.of() : items;
  }

  /** The response's envelope: only {@code assets} is read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Envelope(AssetSummaryPage assets) {}
}
