package dev.folderalbums.cli;

import dev.folderalbums.core.sync.SyncEvent;
import dev.folderalbums.core.sync.SyncListener;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress: a bar on a terminal, plain log lines at every tenth of the work otherwise. Warnings (unless the log
 * level is above WARNING) and failures go to standard error.
 */
final class ConsoleProgress implements SyncListener {
  private static final Logger LOG = LoggerFactory.getLogger("folder-albums");
  private final PrintWriter err;
  private final boolean bars;
  private int lastTenth = -1;

  ConsoleProgress(PrintWriter err, boolean bars) {
    this.err = err;
    this.bars = bars;
  }

  @Override
  public synchronized void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.PhaseStarted p) {
      endBar();
      lastTenth = -1;
      LOG.info("{}…", switch (p.name()) {
        case "discover" -> "Finding assets";
        case "plan" -> "Planning albums";
        case "apply" -> "Applying changes";
        case "sync" -> "Cleaning up (sync mode)";
        default -> p.name();
      });
    } else if (event instanceof SyncEvent.AssetsDiscovered d) {
      if (bars) {
        err.print("\r  assets found: " + d.assetsSoFar());
        err.flush();
      }
    } else if (event instanceof SyncEvent.AlbumApplied a) {
      int tenth = a.total() == 0 ? 10 : a.done() * 10 / a.total();
      if (bars) {
        int width = 30;
        int filled = a.total() == 0 ? width : a.done() * width / a.total();
        err.print("\r  [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + a.done() + "/" + a.total()
            + " albums");
        err.flush();
        if (a.done() == a.total()) {
          endBar();
        }
      } else if (tenth != lastTenth) {
        lastTenth = tenth;
        LOG.info("{}/{} albums applied", a.done(), a.total());
      }
    } else if (event instanceof SyncEvent.ActionFailed f) {
      endBar();
      err.println("error: " + (f.album() == null ? "" : "album '" + f.album() + "': ") + f.action() + " failed: "
          + f.reason());
      err.flush();
    } else if (event instanceof SyncEvent.Warning w) {
      endBar();
      if (LOG.isWarnEnabled()) {
        err.println("warning: " + w.message());
        err.flush();
      }
    }
  }

  private void endBar() {
    if (bars) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
