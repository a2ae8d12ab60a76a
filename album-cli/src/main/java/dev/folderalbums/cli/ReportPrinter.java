package dev.folderalbums.cli;

import dev.folderalbums.core.plan.Printable;
import dev.folderalbums.core.sync.SyncReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints run reports: a summary for people, or JSON. */
final class ReportPrinter {
  private ReportPrinter() {}

  static String text(SyncReport r) {
    StringBuilder out = new StringBuilder();
    out.append(r.dryRun() ? "Dry run for " : "Done for ").append(r.user()).append(" in ")
        .append(r.duration().toMillis() / 1000.0).append(" s: ")
        .append(r.assetsDiscovered()).append(" assets found, ")
        .append(r.albumsCreated()).append(" albums created, ")
        .append(r.assetsAdded()).append(" assets added, ")
        .append(r.propertiesChanged()).append(" album updates, ")
        .append(r.sharesChanged()).append(" sharing changes, ")
        .append(r.visibilityChanged()).append(" visibility changes, ")
        .append(r.albumsDeleted()).append(" albums deleted, ")
        .append(r.offlineAssetsRemoved()).append(" offline assets taken out of albums\n");
    if (!r.pending().isEmpty()) {
      out.append(r.dryRun() ? "Would do:\n" : "Not done:\n");
      r.pending().forEach(p -> out.append("  ").append(Printable.escape(p)).append('\n'));
    }
    if (!r.failures().isEmpty()) {
      out.append("Failed (").append(r.failures().size()).append("):\n");
      r.failures().forEach(f -> out.append("  ").append(Printable.escape((f.album() == null ? "" : "'" + f.album()
          + "': ") + f.action() + ": " + f.reason())).append('\n'));
    }
    return out.toString();
  }

  static String json(List<SyncReport> reports) {
    List<Map<String, Object>> users = reports.stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("user", r.user());
      m.put("dryRun", r.dryRun());
      m.put("assetsDiscovered", r.assetsDiscovered());
      m.put("albumsCreated", r.albumsCreated());
      m.put("assetsAdded", r.assetsAdded());
      m.put("propertiesChanged", r.propertiesChanged());
      m.put("sharesChanged", r.sharesChanged());
      m.put("visibilityChanged", r.visibilityChanged());
      m.put("albumsDeleted", r.albumsDeleted());
      m.put("offlineAssetsRemoved", r.offlineAssetsRemoved());
      m.put("pending", r.pending());
      m.put("failures", r.failures().stream().map(f -> {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("album", f.album());
        fm.put("action", f.action());
        fm.put("reason", f.reason());
        return fm;
      }).toList());
      m.put("warnings", r.warnings());
      m.put("requests", r.requests()); // sorted by endpoint
      m.put("durationMillis", r.duration().toMillis());
      return m;
    }).toList();
    return JsonText.write(Map.of("runs", users));
  }
}
