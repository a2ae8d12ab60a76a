package dev.folderalbums.cli;

import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.plan.AlbumPlan;
import dev.folderalbums.core.plan.PlannedAlbum;
import dev.folderalbums.core.plan.Printable;
import dev.folderalbums.core.plan.SkippedAsset;
import dev.folderalbums.core.props.AlbumProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a plan as text for people or as the stable JSON documented in the README. */
final class PlanRenderer {
  private PlanRenderer() {}

  static String json(AlbumPlan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("albums", plan.albums().stream().map(PlanRenderer::album).toList());
    root.put("skipped", plan.skipped().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", s.path());
      m.put("reason", s.reason().code());
      return m;
    }).toList());
    root.put("warnings", plan.warnings());
    return JsonText.write(root);
  }

  private static Map<String, Object> album(PlannedAlbum a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("assets", a.assets().stream().map(Asset::originalPath).toList());
    m.put("properties", properties(a.properties()));
    return m;
  }

  static Map<String, Object> properties(AlbumProperties p) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (p.description() != null) {
      m.put("description", p.description());
    }
    if (!p.shareWith().isEmpty()) {
      m.put("shareWith", p.shareWith().stream()
          .map(s -> {
            // Ordered as the README shows it: Map.of's order changes from one JVM to the next.
            Map<String, Object> share = new LinkedHashMap<>();
            share.put("user", s.user());
            share.put("role", s.role().value());
            return share;
          }).toList());
    }
    if (p.thumbnail() != null) {
      m.put("thumbnail", p.thumbnail());
    }
    if (p.sortOrder() != null) {
      m.put("sortOrder", p.sortOrder().value());
    }
    if (p.visibility() != null) {
      m.put("visibility", p.visibility().value());
    }
    if (p.commentsAndLikesEnabled() != null) {
      m.put("commentsAndLikesEnabled", p.commentsAndLikesEnabled());
    }
    return m;
  }

  /** Text for a terminal: what came from file names is escaped, so that it cannot drive the terminal. */
  static String text(AlbumPlan plan) {
    StringBuilder out = new StringBuilder();
    for (PlannedAlbum a : plan.albums()) {
      out.append(Printable.escape(a.name())).append(" (").append(a.assets().size())
          .append(a.assets().size() == 1 ? " asset" : " assets")
          .append(')');
      Map<String, Object> props = properties(a.properties());
      if (!props.isEmpty()) {
        out.append(' ').append(Printable.escape(props.toString()));
      }
      out.append('\n');
      a.assets().forEach(x -> out.append("  ").append(Printable.escape(x.originalPath())).append('\n'));
    }
    List<SkippedAsset> skipped = plan.skipped();
    out.append(plan.albums().size()).append(plan.albums().size() == 1 ? " album, " : " albums, ")
        .append(plan.assetsInAlbums()).append(" assets in albums, ").append(skipped.size()).append(" skipped\n");
    skipped.forEach(s -> out.append("  skipped ").append(s.reason().code()).append(": ")
        .append(Printable.escape(s.path())).append('\n'));
    plan.warnings().forEach(w -> out.append("warning: ").append(Printable.escape(w)).append('\n'));
    return out.toString();
  }
}
