package dev.folderalbums.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The main command's options besides naming, filters and connection: what a run does. */
public final class RunOptions {
  @Option(names = {"-u", "--unattended"}, description = "Do not ask for confirmation before creating albums.")
  boolean unattended;

  @Option(names = {"-c", "--chunk-size"}, paramLabel = "N", defaultValue = "2000",
      description = "Assets added to an album per request. Default: ${DEFAULT-VALUE}.")
  int chunkSize;

  @Option(names = {"-C", "--fetch-chunk-size"}, paramLabel = "N", defaultValue = "1000",
      description = "Assets per search page; Immich allows at most 1000 (larger values are capped, with a warning)."
          + " Default: ${DEFAULT-VALUE}.")
  int fetchChunkSize;

  @Option(names = {"-l", "--log-level"}, paramLabel = "LEVEL", defaultValue = "INFO",
      description = "CRITICAL, ERROR, WARNING, INFO or DEBUG. Default: ${DEFAULT-VALUE}.")
  String logLevel;

  @Option(names = {"-m", "--mode"}, paramLabel = "MODE", defaultValue = "CREATE",
      description = "CREATE (albums and assets), CLEANUP (delete the albums this configuration makes) or"
          + " DELETE_ALL (delete all your albums). Assets are never deleted. Default: ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = {"-d", "--delete-confirm"},
      description = "Really delete albums (CLEANUP, DELETE_ALL, sync modes) and unshare users; without it they are"
          + " only reported.")
  boolean deleteConfirm;

  @Option(names = {"-x", "--share-with"}, paramLabel = "USER[=ROLE]",
      description = "Share new albums with a user (name or email), role viewer or editor. Repeatable.")
  List<String> shareWith = new ArrayList<>();

  @Option(names = {"-o", "--share-role"}, paramLabel = "ROLE", defaultValue = "viewer",
      description = "The role for --share-with users without one: viewer or editor. Default: ${DEFAULT-VALUE}.")
  String shareRole;

  @Option(names = {"-S", "--sync-mode"}, paramLabel = "N", defaultValue = "0",
      description = "0 nothing; 1 delete empty albums at the end; 2 also move offline assets to the trash first."
          + " Both need --delete-confirm. Default: ${DEFAULT-VALUE}.")
  int syncMode;

  @Option(names = {"-O", "--album-order"}, paramLabel = "ORDER", defaultValue = "False",
      description = "Asset order of the albums: asc, desc, or False to leave it alone. Default: ${DEFAULT-VALUE}.")
  String albumOrder;

  @Option(names = {"-A", "--find-assets-in-albums"},
      description = "Also look at assets that are already in an album (they are added to this tool's albums too).")
  boolean findAssetsInAlbums;

  @Option(names = "--set-album-thumbnail", paramLabel = "SETTING",
      description = "first, last, random, random-filtered or random-all.")
  String albumThumbnail;

  @Option(names = "--visibility", paramLabel = "VISIBILITY",
      description = "Give the assets of the albums this visibility: archive, hidden, locked or timeline. Locked"
          + " assets go into the locked folder and into no album.")
  String visibility;

  @Option(names = {"-v", "--archive"},
      description = "The Python tool's older form of --visibility: in CREATE, archive the albums' assets; in CLEANUP"
          + " and DELETE_ALL, bring the deleted albums' assets back to the timeline. --visibility wins.")
  boolean archive;

  @Option(names = "--find-archived-assets", description = "Also look at archived assets.")
  boolean findArchivedAssets;

  @Option(names = "--comments-and-likes-enabled", description = "Turn comments and likes on in the albums.")
  boolean commentsEnabled;

  @Option(names = "--comments-and-likes-disabled", description = "Turn comments and likes off in the albums.")
  boolean commentsDisabled;

  @Option(names = "--update-album-props-mode", paramLabel = "N", defaultValue = "0",
      description = "0 properties and sharing only for new albums; 1 also the properties (not the sharing) of every"
          + " album of the run; 2 properties and exact sharing for every album of the run. With"
          + " --find-assets-in-albums, that is every album of the configuration. Default: ${DEFAULT-VALUE}.")
  int updateAlbumPropsMode;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "4",
      description = "Requests in parallel, 1 to 20. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--dry-run", description = "Send no write request; print what would happen.")
  boolean dryRun;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "The run report on standard output: text or json. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--no-progress", description = "No progress bars, even on a terminal.")
  boolean noProgress;

  @Option(names = "--force",
      description = "Let a run delete more than --max-delete-share of your albums or more than"
          + " --max-offline-assets offline assets.")
  boolean force;

  @Option(names = "--max-delete-share", paramLabel = "SHARE", defaultValue = "0.5",
      description = "The share of your albums (0 to 1) a run may delete without --force. Default: ${DEFAULT-VALUE}.")
  double maxDeleteShare;

  @Option(names = "--max-offline-assets", paramLabel = "N", defaultValue = "100",
      description = "Offline assets sync mode 2 may trash without --force. Default: ${DEFAULT-VALUE}.")
  int maxOfflineAssets;

  @Option(names = "--sync-only-managed-albums",
      description = "Sync modes delete only empty albums whose names this configuration makes.")
  boolean syncOnlyManagedAlbums;

  @Option(names = "--cron", paramLabel = "EXPRESSION",
      description = "Stay running and sync on this cron schedule (5 fields, e.g. '0 * * * *'), in the time zone TZ.")
  String cron;

  @Option(names = "--run-immediately", description = "With --cron: also run once at start.")
  boolean runImmediately;
}
