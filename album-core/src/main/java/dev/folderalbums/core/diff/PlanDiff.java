package dev.folderalbums.core.diff;

import dev.folderalbums.core.diff.AlbumAction.AddAssets;
import dev.folderalbums.core.diff.AlbumAction.ChangeRole;
import dev.folderalbums.core.diff.AlbumAction.CreateAlbum;
import dev.folderalbums.core.diff.AlbumAction.DeleteAlbum;
import dev.folderalbums.core.diff.AlbumAction.SetVisibility;
import dev.folderalbums.core.diff.AlbumAction.ShareAlbum;
import dev.folderalbums.core.diff.AlbumAction.UnshareAlbum;
import dev.folderalbums.core.diff.AlbumAction.UpdateAlbum;
import dev.folderalbums.core.model.Asset;
import dev.folderalbums.core.model.Visibility;
import dev.folderalbums.core.plan.AlbumPlan;
import dev.folderalbums.core.plan.PlannedAlbum;
import dev.folderalbums.core.props.AlbumProperties;
import dev.folderalbums.core.props.AlbumShare;
import dev.folderalbums.core.props.ShareRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a plan with the albums that exist and derives the actions that make Immich match it. Pure: the same
 * inputs give the same actions (random thumbnails use the given seed).
 */
public final class PlanDiff {
  private PlanDiff() {}

  /**
   * How to diff.
   *
   * @param chunkSize assets per add request ({@code --chunk-size}, default 2000)
   * @param updateAlbumPropsMode {@code --update-album-props-mode}: 0 properties and sharing only for new albums; 1
   *     also the properties (not the sharing) of every planned album; 2 properties and exact sharing for every planned
   *     album
   * @param randomSeed the seed for random thumbnails
   */
  public record Options(int chunkSize, int updateAlbumPropsMode, long randomSeed) {
    /** The defaults: chunks of 2000, mode 0. */
    public static final Options DEFAULT = new Options(2000, 0, 0L);

    /** Validates. */
    public Options {
      if (chunkSize < 1) {
        throw new IllegalArgumentException("chunkSize must be at least 1");
      }
      if (updateAlbumPropsMode < 0 || updateAlbumPropsMode > 2) {
        throw new IllegalArgumentException("updateAlbumPropsMode must be 0, 1 or 2");
      }
    }
  }

  /**
   * The outcome.
   *
   * @param actions the actions, in the order to apply them per album (albums sorted by name), visibility last
   * @param unknownUsers share users that name no user of the server; a caller should refuse to run
   * @param ambiguousUsers share users that name more than one user, each with the candidates' emails; a caller
   *     should refuse to run, since sharing with the wrong person is a privacy breach
   * @param warnings things to report
   */
  public record Result(List<AlbumAction> actions, List<String> unknownUsers, List<String> ambiguousUsers,
      List<String> warnings) {
    /** Copies the lists. */
    public Result {
      actions = List.copyOf(actions);
      unknownUsers = List.copyOf(unknownUsers);
      ambiguousUsers = List.copyOf(ambiguousUsers);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Finds the one user a share names: an email (compared without case, as Immich stores emails in lower case),
   * else a name spelt exactly, else a name that matches without case when only one does.
   *
   * @param given a name or email from the options or a file
   * @param users the server's users
   * @return the user, or empty when none matches
   * @throws AmbiguousUserException when several users match equally well
   */
  public static Optional<ImmichUser> findUser(String given, List<ImmichUser> users) {
    String wanted = given.trim();
    for (java.util.function.BiPredicate<ImmichUser, String> rule : List.<java.util.function.BiPredicate<ImmichUser,
        String>>of((u, w) -> u.email() != null && u.email().equalsIgnoreCase(w),
            (u, w) -> w.equals(u.name()), (u, w) -> w.equalsIgnoreCase(u.name()))) {
      List<ImmichUser> found = users.stream().filter(u -> rule.test(u, wanted)).toList();
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
      if (found.size() > 1) {
        throw new AmbiguousUserException(wanted + " (could be " + String.join(", ", found.stream()
            .map(u -> u.email() != null ? u.email() : u.id()).sorted().toList()) + ")");
      }
    }
    return Optional.empty();
  }

  /** A share names several users; the message names the candidates by email. */
  public static final class AmbiguousUserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AmbiguousUserException(String message) {
      super(message);
    }
  }

  /**
   * Actions for mode CREATE.
   *
   * @param plan the plan
   * @param existing the user's own albums
   * @param users the server's users (only needed when the plan shares)
   * @param ownerId the user the albums belong to; never shared or unshared
   * @param options the options
   * @return the actions
   */
  public static Result create(AlbumPlan plan, List<ExistingAlbum> existing, List<ImmichUser> users, String ownerId,
      Options options) {
    Map<String, ExistingAlbum> byName = byName(existing);
    List<AlbumAction> actions = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<Visibility, List<String>> visibility = new TreeMap<>();
    for (PlannedAlbum album : plan.albums()) {
      AlbumProperties props = album.properties();
      if (props.visibility() != null) {
        List<String> change = album.assets().stream().filter(a -> a.visibility() != props.visibility())
            .map(Asset::id).toList();
        if (!change.isEmpty()) {
          visibility.computeIfAbsent(props.visibility(), v -> new ArrayList<>()).addAll(change);
        }
        if (props.visibility() == Visibility.LOCKED) {
          continue; // locked assets go into the locked folder and into no album
        }
      }
      ExistingAlbum current = byName.get(album.name());
      AlbumRef ref = new AlbumRef(current == null ? null : current.id(), album.name());
      List<String> toAdd = album.assets().stream().map(Asset::id)
          .filter(id -> current == null || current.assetIds() == null || !current.assetIds().contains(id)).toList();
      List<AlbumAction> shareActions = new ArrayList<>();
      if (current == null || options.updateAlbumPropsMode() == 2) {
        share(ref, props.shareWith(), current, users, ownerId, options.updateAlbumPropsMode() == 2, shareActions,
            unknown, ambiguous);
      }
      int first = 0;
      if (current == null) {
        // The first chunk and the shares travel with the create request: fewer requests per new album.
        first = Math.min(toAdd.size(), options.chunkSize());
        List<ShareAlbum> initial = shareActions.stream().filter(ShareAlbum.class::isInstance)
            .map(ShareAlbum.class::cast).toList();
        shareActions.removeAll(initial);
        actions.add(new CreateAlbum(ref, props.description(), toAdd.subList(0, first), initial));
      }
      for (int i = first; i < toAdd.size(); i += options.chunkSize()) {
        actions.add(new AddAssets(ref, toAdd.subList(i, Math.min(toAdd.size(), i + options.chunkSize()))));
      }
      // Mode 1 and 2 update every album of the run, as the Python tool's README's "Mass Updating Album Properties"
      // shows with --find-assets-in-albums; without it, the run's existing albums are those that get assets.
      boolean properties = current == null || options.updateAlbumPropsMode() >= 1;
      // As in the Python tool, the thumbnail follows its own rule: new albums and albums that got assets; with
      // random-filtered or random-all, every album of the run, on every run.
      String setting = props.thumbnail();
      boolean reshuffle = "random-filtered".equals(setting) || "random-all".equals(setting);
      String thumbnail = current == null || !toAdd.isEmpty() || reshuffle ? thumbnail(album, current, options) : null;
      UpdateAlbum update = new UpdateAlbum(ref,
          properties && current != null && props.description() != null
              && !props.description().equals(current.description()) ? props.description() : null,
          thumbnail != null && (current == null || !thumbnail.equals(current.thumbnailAssetId())) ? thumbnail : null,
          properties && props.sortOrder() != null && (current == null || props.sortOrder() != current.order())
              ? props.sortOrder() : null,
          properties && props.commentsAndLikesEnabled() != null
              && (current == null || !props.commentsAndLikesEnabled().equals(current.commentsAndLikesEnabled()))
              ? props.commentsAndLikesEnabled() : null);
      if (update.description() != null || update.thumbnailAssetId() != null || update.order() != null
          || update.commentsAndLikesEnabled() != null) {
        actions.add(update);
      }
      actions.addAll(shareActions);
    }
    visibility.forEach((v, ids) -> actions.add(new SetVisibility(ids, v)));
    long duplicates = existing.stream().map(ExistingAlbum::name).distinct().count();
    if (duplicates < existing.size()) {
      warnings.add("some of your albums share a name; the oldest of each is used");
    }
    return new Result(actions, unknown.stream().distinct().sorted().toList(),
        ambiguous.stream().distinct().sorted().toList(), warnings);
  }

  private static void share(AlbumRef ref, List<AlbumShare> wanted, ExistingAlbum current, List<ImmichUser> users,
      String ownerId, boolean exact, List<AlbumAction> actions, List<String> unknown, List<String> ambiguous) {
    Map<String, ShareRole> have = current == null ? Map.of() : current.sharedWith();
    Map<String, AlbumShare> want = new LinkedHashMap<>();
    for (AlbumShare share : wanted) {
      Optional<ImmichUser> user;
      try {
        user = findUser(share.user(), users);
      } catch (AmbiguousUserException e) {
        ambiguous.add(e.getMessage());
        continue;
      }
      if (user.isEmpty()) {
        unknown.add(share.user());
        continue;
      }
      if (user.get().id().equals(ownerId)) {
        continue; // the owner is never shared with
      }
      want.put(user.get().id(), share);
    }
    want.forEach((userId, share) -> {
      ShareRole role = have.get(userId);
      if (role == null) {
        actions.add(new ShareAlbum(ref, userId, share.user(), share.role()));
      } else if (role != share.role()) {
        actions.add(new ChangeRole(ref, userId, share.user(), share.role()));
      }
    });
    if (exact) {
      have.keySet().stream().filter(id -> !want.containsKey(id) && !id.equals(ownerId)).sorted()
          .forEach(id -> actions.add(new UnshareAlbum(ref, id, users.stream().filter(u -> u.id().equals(id))
              .map(u -> u.email() != null ? u.email() : u.name()).findFirst().orElse(id))));
    }
  }

  private static String thumbnail(PlannedAlbum album, ExistingAlbum current, Options options) {
    String setting = album.properties().thumbnail();
    if (setting == null) {
      // The Python tool adds a new album's assets newest first and Immich takes the first one added as the cover;
      // Immich picks a create request's cover in database order, so the newest is set explicitly. One asset needs
      // nothing: it is the cover.
      return current == null && album.assets().size() > 1 ? newest(album.assets()).id() : null;
    }
    if (album.thumbnailAssetId() != null) {
      return album.thumbnailAssetId();
    }
    List<String> candidates = new ArrayList<>(album.assetIds());
    if (setting.equals("random-all") && current != null && current.assetIds() != null) {
      current.assetIds().stream().filter(id -> !candidates.contains(id)).sorted().forEach(candidates::add);
    }
    if (!setting.startsWith("random") || candidates.isEmpty()) {
      return null;
    }
    Random random = new Random(options.randomSeed() ^ album.name().hashCode());
    return candidates.get(random.nextInt(candidates.size()));
  }

  /** The asset with the latest file date (undated ones last), the first by path among equals. */
  private static Asset newest(List<Asset> assets) {
    Asset best = null;
    for (Asset a : assets) {
      if (best == null || (a.fileCreatedAt() != null && (best.fileCreatedAt() == null
          || a.fileCreatedAt().isAfter(best.fileCreatedAt())))) {
        best = a;
      }
    }
    return best;
  }

  /**
   * For {@code --set-album-thumbnail random-all}: a new random thumbnail for each of the user's albums that the plan
   * does not cover (the plan's own albums get theirs from {@link #create}).
   *
   * @param plan the plan
   * @param existing the user's own albums, with their members known
   * @param options the options (the seed)
   * @return one update per album with members
   */
  public static List<AlbumAction> shuffleOtherThumbnails(AlbumPlan plan, List<ExistingAlbum> existing,
      Options options) {
    Set<String> planned = new java.util.HashSet<>();
    plan.albums().forEach(a -> planned.add(a.name()));
    List<AlbumAction> actions = new ArrayList<>();
    for (ExistingAlbum album : existing.stream().sorted(Comparator.comparing(ExistingAlbum::id)).toList()) {
      if (planned.contains(album.name()) || album.assetIds() == null || album.assetIds().isEmpty()) {
        continue;
      }
      List<String> members = album.assetIds().stream().sorted().toList();
      String pick = members.get(new Random(options.randomSeed() ^ album.name().hashCode()).nextInt(members.size()));
      if (!pick.equals(album.thumbnailAssetId())) {
        actions.add(new UpdateAlbum(new AlbumRef(album.id(), album.name()), null, pick, null, null));
      }
    }
    return actions;
  }

  /**
   * Actions for mode CLEANUP: delete the albums this configuration would create.
   *
   * @param plan the plan
   * @param existing the user's own albums
   * @return one delete per existing album named in the plan
   */
  public static List<AlbumAction> cleanup(AlbumPlan plan, List<ExistingAlbum> existing) {
    Set<String> names = new java.util.HashSet<>();
    plan.albums().forEach(a -> names.add(a.name()));
    return existing.stream().filter(a -> names.contains(a.name()))
        .sorted(Comparator.comparing(ExistingAlbum::name).thenComparing(ExistingAlbum::id))
        .map(a -> (AlbumAction) new DeleteAlbum(new AlbumRef(a.id(), a.name()), a.assetCount())).toList();
  }

  /**
   * Actions for mode DELETE_ALL: delete every album of the user.
   *
   * @param existing the user's own albums
   * @return one delete per album
   */
  public static List<AlbumAction> deleteAll(List<ExistingAlbum> existing) {
    return existing.stream().sorted(Comparator.comparing(ExistingAlbum::name).thenComparing(ExistingAlbum::id))
        .map(a -> (AlbumAction) new DeleteAlbum(new AlbumRef(a.id(), a.name()), a.assetCount())).toList();
  }

  /**
   * Actions for sync mode 1: delete the user's albums that are empty.
   *
   * @param existing the user's own albums, with current counts
   * @param onlyNames when not {@code null}, only albums with these names (the ones this configuration manages)
   * @return one delete per empty album
   */
  public static List<AlbumAction> deleteEmpty(List<ExistingAlbum> existing, Set<String> onlyNames) {
    return existing.stream().filter(a -> a.assetCount() == 0)
        .filter(a -> onlyNames == null || onlyNames.contains(a.name()))
        .sorted(Comparator.comparing(ExistingAlbum::name).thenComparing(ExistingAlbum::id))
        .map(a -> (AlbumAction) new DeleteAlbum(new AlbumRef(a.id(), a.name()), 0)).toList();
  }

  private static Map<String, ExistingAlbum> byName(List<ExistingAlbum> existing) {
    Map<String, ExistingAlbum> byName = new LinkedHashMap<>();
    existing.stream().sorted(ExistingAlbum.OLDEST_FIRST).forEach(a -> byName.putIfAbsent(a.name(), a));
    return byName;
  }

}
