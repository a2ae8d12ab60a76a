package dev.folderalbums.core.sync;

import dev.folderalbums.core.options.AlbumOptions;
import dev.folderalbums.core.options.OptionException;
import java.util.Objects;

/**
 * Everything a run needs besides the server: the album options and how to run. The CLI, the environment and
 * embedding programs build this one configuration; names and defaults follow the Python tool. Immutable.
 */
public final class SyncOptions {
  private final AlbumOptions album;
  private final Mode mode;
  private final boolean deleteConfirm;
  private final boolean dryRun;
  private final int chunkSize;
  private final int fetchChunkSize;
  private final int threads;
  private final boolean findAssetsInAlbums;
  private final boolean findArchivedAssets;
  private final int syncMode;
  private final boolean syncOnlyManagedAlbums;
  private final int updateAlbumPropsMode;
  private final boolean force;
  private final double maxDeleteShare;
  private final int maxOfflineAssets;
  private final long randomSeed;
  private final java.time.Duration unknownCreateWait;

  private SyncOptions(Builder b) {
    this.album = Objects.requireNonNull(b.album, "album options");
    this.mode = b.mode;
    this.deleteConfirm = b.deleteConfirm;
    this.dryRun = b.dryRun;
    this.chunkSize = b.chunkSize;
    this.fetchChunkSize = b.fetchChunkSize;
    this.threads = b.threads;
    this.findAssetsInAlbums = b.findAssetsInAlbums;
    this.findArchivedAssets = b.findArchivedAssets;
    this.syncMode = b.syncMode;
    this.syncOnlyManagedAlbums = b.syncOnlyManagedAlbums;
    this.updateAlbumPropsMode = b.updateAlbumPropsMode;
    this.force = b.force;
    this.maxDeleteShare = b.maxDeleteShare;
    this.maxOfflineAssets = b.maxOfflineAssets;
    this.randomSeed = b.randomSeed;
    this.unknownCreateWait = b.unknownCreateWait;
  }

  /** @param album the album options @return a builder with the defaults */
  public static Builder builder(AlbumOptions album) {
    return new Builder(album);
  }

  /** @return the naming, filter and property options */
  public AlbumOptions album() {
    return album;
  }

  /** @return {@code -m/--mode} (default CREATE) */
  public Mode mode() {
    return mode;
  }

  /** @return {@code -d/--delete-confirm}: deletions and unsharing really happen */
  public boolean deleteConfirm() {
    return deleteConfirm;
  }

  /** @return {@code --dry-run}: send no write request, report what would happen */
  public boolean dryRun() {
    return dryRun;
  }

  /** @return {@code -c/--chunk-size}: assets per add request (default 2000) */
  public int chunkSize() {
    return chunkSize;
  }

  /** @return {@code -C/--fetch-chunk-size}: assets per search page (default 1000, at most 1000) */
  public int fetchChunkSize() {
    return fetchChunkSize;
  }

  /**
   * @return {@code --threads}: parallel requests (default 4, 1 to 20). A sync keeps twice as many workers, so that
   *     requests are prepared and answers parsed while others are in flight; the requests in flight are bounded by
   *     the client's connection pool ({@code ImmichClient.Builder.maxConnections}): give it the same number
   */
  public int threads() {
    return threads;
  }

  /** @return {@code -A/--find-assets-in-albums}: also look at assets already in an album */
  public boolean findAssetsInAlbums() {
    return findAssetsInAlbums;
  }

  /** @return {@code --find-archived-assets}: also look at archived assets */
  public boolean findArchivedAssets() {
    return findArchivedAssets;
  }

  /** @return {@code -S/--sync-mode}: 0 nothing, 1 delete empty albums, 2 also delete offline assets first */
  public int syncMode() {
    return syncMode;
  }

  /** @return {@code --sync-only-managed-albums}: sync mode deletes only empty albums this configuration names */
  public boolean syncOnlyManagedAlbums() {
    return syncOnlyManagedAlbums;
  }

  /** @return {@code --update-album-props-mode} 0, 1 or 2 (default 0) */
  public int updateAlbumPropsMode() {
    return updateAlbumPropsMode;
  }

  /** @return {@code --force}: pass the mass-change guard */
  public boolean force() {
    return force;
  }

  /** @return {@code --max-delete-share}: the share of the user's albums a run may delete without --force */
  public double maxDeleteShare() {
    return maxDeleteShare;
  }

  /** @return {@code --max-offline-assets}: offline assets a run may delete without --force */
  public int maxOfflineAssets() {
    return maxOfflineAssets;
  }

  /** @return the seed for random thumbnails */
  public long randomSeed() {
    return randomSeed;
  }

  /**
   * @return how long to wait before each new look-up of an album whose create failed ambiguously, or {@code null}
   *     for the client's request timeout (the time the server may still be working on it)
   */
  public java.time.Duration unknownCreateWait() {
    return unknownCreateWait;
  }

  /** Collects and validates run options; errors name the option. */
  public static final class Builder {
    private final AlbumOptions album;
    private Mode mode = Mode.CREATE;
    private boolean deleteConfirm;
    private boolean dryRun;
    private int chunkSize = 2000;
    private int fetchChunkSize = 1000;
    private int threads = 4;
    private boolean findAssetsInAlbums;
    private boolean findArchivedAssets;
    private int syncMode;
    private boolean syncOnlyManagedAlbums;
    private int updateAlbumPropsMode;
    private boolean force;
    private double maxDeleteShare = 0.5;
    private int maxOfflineAssets = 100;
    private long randomSeed = System.nanoTime();
    private java.time.Duration unknownCreateWait;

    private Builder(AlbumOptions album) {
      this.album = album;
    }

    /** @param m the mode @return this builder */
    public Builder mode(Mode m) {
      this.mode = Objects.requireNonNull(m);
      return this;
    }

    /** @param confirm whether deletions really happen @return this builder */
    public Builder deleteConfirm(boolean confirm) {
      this.deleteConfirm = confirm;
      return this;
    }

    /** @param dry whether to send no write @return this builder */
    public Builder dryRun(boolean dry) {
      this.dryRun = dry;
      return this;
    }

    /** @param size assets per add request, at least 1 @return this builder */
    public Builder chunkSize(int size) {
      if (size < 1) {
        throw new OptionException("--chunk-size", size + " is not allowed; use a number from 1 (default 2000)");
      }
      this.chunkSize = size;
      return this;
    }

    /**
     * @param size assets per search page; values above 1000 are capped at 1000 (Immich's limit)
     * @return this builder
     */
    public Builder fetchChunkSize(int size) {
      if (size < 1) {
        throw new OptionException("--fetch-chunk-size", size + " is not allowed; use 1 to 1000 (default 1000)");
      }
      this.fetchChunkSize = Math.min(1000, size);
      return this;
    }

    /** @param n parallel requests, 1 to 20 @return this builder */
    public Builder threads(int n) {
      if (n < 1 || n > 20) {
        throw new OptionException("--threads", n + " is not allowed; use 1 to 20 (default 4)");
      }
      this.threads = n;
      return this;
    }

    /** @param find whether to include assets already in albums @return this builder */
    public Builder findAssetsInAlbums(boolean find) {
      this.findAssetsInAlbums = find;
      return this;
    }

    /** @param find whether to include archived assets @return this builder */
    public Builder findArchivedAssets(boolean find) {
      this.findArchivedAssets = find;
      return this;
    }

    /** @param m 0, 1 or 2 @return this builder */
    public Builder syncMode(int m) {
      if (m < 0 || m > 2) {
        throw new OptionException("--sync-mode", m + " is not allowed; use 0, 1 or 2");
      }
      this.syncMode = m;
      return this;
    }

    /** @param only whether sync mode deletes only albums this configuration names @return this builder */
    public Builder syncOnlyManagedAlbums(boolean only) {
      this.syncOnlyManagedAlbums = only;
      return this;
    }

    /** @param m 0, 1 or 2 @return this builder */
    public Builder updateAlbumPropsMode(int m) {
      if (m < 0 || m > 2) {
        throw new OptionException("--update-album-props-mode", m + " is not allowed; use 0, 1 or 2");
      }
      this.updateAlbumPropsMode = m;
      return this;
    }

    /** @param f whether to pass the mass-change guard @return this builder */
    public Builder force(boolean f) {
      this.force = f;
      return this;
    }

    /** @param share 0 to 1 @return this builder */
    public Builder maxDeleteShare(double share) {
      if (!(share >= 0 && share <= 1)) { // also NaN, which would turn the guard off
        throw new OptionException("--max-delete-share", share + " is not allowed; use 0 to 1 (default 0.5)");
      }
      this.maxDeleteShare = share;
      return this;
    }

    /** @param n at least 0 @return this builder */
    public Builder maxOfflineAssets(int n) {
      if (n < 0) {
        throw new OptionException("--max-offline-assets", n + " is not allowed; use 0 or more (default 100)");
      }
      this.maxOfflineAssets = n;
      return this;
    }

    /** @param seed the seed for random thumbnails @return this builder */
    public Builder randomSeed(long seed) {
      this.randomSeed = seed;
      return this;
    }

    /**
     * @param wait how long to wait before each new look-up of an album whose create failed ambiguously; {@code null}
     *     (the default) for the client's request timeout
     * @return this builder
     */
    public Builder unknownCreateWait(java.time.Duration wait) {
      if (wait != null && wait.isNegative()) {
        throw new IllegalArgumentException("unknownCreateWait must not be negative");
      }
      this.unknownCreateWait = wait;
      return this;
    }

    /** @return the options */
    public SyncOptions build() {
      return new SyncOptions(this);
    }
  }
}
