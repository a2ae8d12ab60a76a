package dev.folderalbums.immich;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.folderalbums.immich.internal.IsoInstants;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the JSON of the lean calls token by token. Lenient where binding was: unknown fields are skipped,
 * a number may come as a string, a structure where a value was expected reads as {@code null}. An answer of the wrong
 * shape altogether (an array where an object belongs) fails as malformed JSON does.
 */
final class LeanReaders {
  private LeanReaders() {}

  static ServerVersion version(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "the server version");
    int major = 0;
    int minor = 0;
    int patch = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (field) {
        case "major" -> major = intOr0(p, value);
        case "minor" -> minor = intOr0(p, value);
        case "patch" -> patch = intOr0(p, value);
        default -> p.skipChildren();
      }
    }
    return new ServerVersion(major, minor, patch);
  }

  static UserSummary user(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "a user");
    String id = null;
    String name = null;
    String email = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> id = AssetSummaryPageReader.text(p, value);
        case "name" -> name = AssetSummaryPageReader.text(p, value);
        case "email" -> email = AssetSummaryPageReader.text(p, value);
        default -> p.skipChildren();
      }
    }
    return new UserSummary(id, name, email);
  }

  static List<AlbumSummary> albums(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY, "the album list");
    List<AlbumSummary> albums = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        albums.add(albumFields(p));
      } else {
        p.skipChildren();
      }
    }
    return albums;
  }

  /** One album, as {@code POST /albums} answers. */
  static AlbumSummary album(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "an album");
    return albumFields(p);
  }

  private static AlbumSummary albumFields(JsonParser p) throws IOException {
    String id = null;
    String name = null;
    String description = null;
    String thumbnail = null;
    Integer assetCount = null;
    Instant createdAt = null;
    Boolean activity = null;
    String order = null;
    String ownerId = null;
    List<AlbumMember> members = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> id = AssetSummaryPageReader.text(p, value);
        case "albumName" -> name = AssetSummaryPageReader.text(p, value);
        case "description" -> description = AssetSummaryPageReader.text(p, value);
        case "albumThumbnailAssetId" -> thumbnail = AssetSummaryPageReader.text(p, value);
        case "assetCount" -> assetCount = integer(p, value);
        case "createdAt" -> createdAt = instant(AssetSummaryPageReader.text(p, value));
        case "isActivityEnabled" -> activity = AssetSummaryPageReader.bool(p, value);
        case "order" -> order = AssetSummaryPageReader.text(p, value);
        case "ownerId" -> ownerId = AssetSummaryPageReader.text(p, value);
        case "albumUsers" -> members = members(p, value);
        default -> p.skipChildren(); // the assets above all: a folder sync reads them by search
      }
    }
    return new AlbumSummary(id, name, description, thumbnail, assetCount, createdAt, activity, order, ownerId,
        members);
  }

  private static List<AlbumMember> members(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return List.of();
    }
    List<AlbumMember> members = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String userId = null;
      String role = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken v = p.nextToken();
        if (field.equals("role")) {
          role = AssetSummaryPageReader.text(p, v);
        } else if (field.equals("user") && v == JsonToken.START_OBJECT) {
          userId = user(p).id();
        } else {
          p.skipChildren();
        }
      }
      members.add(new AlbumMember(userId, role));
    }
    return members;
  }

  /** {@code {"assets": {"items": [...], "nextPage": ...}}}; only {@code assets} is read. */
  static AssetSummaryPage page(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "a search answer");
    AssetSummaryPage page = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      if (field.equals("assets")) {
        page = AssetSummaryPageReader.read(p);
      } else {
        p.skipChildren();
      }
    }
    return page == null ? new AssetSummaryPage(List.of(), null) : page;
  }

  /** {@code {"total": n}}, or -1 when the answer has no total. */
  static long total(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "a count");
    long total = -1;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (field.equals("total")) {
        // A long: the count of a library past two billion assets still reads.
        total = switch (value) {
          case VALUE_NUMBER_INT -> p.getLongValue();
          case VALUE_STRING -> {
            try {
              yield Long.parseLong(p.getText().trim());
            } catch (NumberFormatException notANumber) {
              yield -1;
            }
          }
          default -> {
            p.skipChildren();
            yield -1;
          }
        };
      } else {
        p.skipChildren();
      }
    }
    return total;
  }

  /** The search's filters; {@code withPage} for {@code /search/metadata}, without for {@code /search/statistics}. */
  static void search(JsonGenerator g, AssetSearch s, boolean withPage) throws IOException {
    g.writeStartObject();
    if (withPage) {
      g.writeNumberField("page", s.page());
      g.writeNumberField("size", s.size());
      g.writeBooleanField("withDeleted", false);
    }
    if (s.visibility() != null) {
      g.writeStringField("visibility", s.visibility());
    }
    if (s.notInAlbum()) {
      g.writeBooleanField("isNotInAlbum", true);
    }
    if (s.offline() != null) {
      g.writeBooleanField("isOffline", s.offline());
    }
    if (withPage && s.albumId() != null) {
      g.writeArrayFieldStart("albumIds");
      g.writeString(s.albumId());
      g.writeEndArray();
    }
    if (withPage && s.originalPath() != null) {
      g.writeStringField("originalPath", s.originalPath());
    }
    if (withPage && s.takenAfter() != null) {
      g.writeStringField("takenAfter", s.takenAfter().toString());
    }
    if (withPage && s.takenBefore() != null) {
      g.writeStringField("takenBefore", s.takenBefore().toString());
    }
    g.writeEndObject();
  }

  /** The body of {@code POST /albums}: what the generated client would send, empty lists left out. */
  static void newAlbum(JsonGenerator g, NewAlbum album) throws IOException {
    g.writeStartObject();
    g.writeStringField("albumName", album.albumName());
    if (album.description() != null) {
      g.writeStringField("description", album.description());
    }
    if (!album.assetIds().isEmpty()) {
      g.writeArrayFieldStart("assetIds");
      for (String id : album.assetIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    if (!album.albumUsers().isEmpty()) {
      g.writeArrayFieldStart("albumUsers");
      for (AlbumMember member : album.albumUsers()) {
        g.writeStartObject();
        g.writeStringField("role", member.role());
        g.writeStringField("userId", member.userId());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The body of {@code PATCH /albums/{id}}: the changed fields only. */
  static void changes(JsonGenerator g, AlbumChanges c) throws IOException {
    g.writeStartObject();
    if (c.albumThumbnailAssetId() != null) {
      g.writeStringField("albumThumbnailAssetId", c.albumThumbnailAssetId());
    }
    if (c.description() != null) {
      g.writeStringField("description", c.description());
    }
    if (c.isActivityEnabled() != null) {
      g.writeBooleanField("isActivityEnabled", c.isActivityEnabled());
    }
    if (c.order() != null) {
      g.writeStringField("order", c.order());
    }
    g.writeEndObject();
  }

  /** {@code {"ids": [...]}}. */
  static void ids(JsonGenerator g, List<String> ids) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("ids");
    for (String id : ids) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code [{"id": ..., "success": ..., "error": ...}, ...]}. */
  static List<BulkIdResult> bulkIdResults(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY, "the results of a bulk request");
    List<BulkIdResult> results = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String id = null;
      Boolean success = null;
      String error = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken value = p.nextToken();
        switch (field) {
          case "id" -> id = AssetSummaryPageReader.text(p, value);
          case "success" -> success = AssetSummaryPageReader.bool(p, value);
          case "error" -> error = AssetSummaryPageReader.text(p, value);
          default -> p.skipChildren();
        }
      }
      results.add(new BulkIdResult(id, Boolean.TRUE.equals(success), error));
    }
    return results;
  }

  /** An API key's {@code permissions}, or {@code null} when the answer has none. */
  static List<String> permissions(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "an API key");
    List<String> permissions = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (field.equals("permissions") && value == JsonToken.START_ARRAY) {
        permissions = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          String name = AssetSummaryPageReader.text(p, t);
          if (name != null) {
            permissions.add(name);
          }
        }
      } else {
        p.skipChildren();
      }
    }
    return permissions == null ? null : List.copyOf(permissions);
  }

  private static void expect(JsonParser p, JsonToken token, String what) throws JsonParseException {
    if (p.currentToken() != token) {
      throw new JsonParseException(p, "expected " + what + " (" + token + "), found " + p.currentToken());
    }
  }

  private static int intOr0(JsonParser p, JsonToken value) throws IOException {
    Integer n = integer(p, value);
    return n == null ? 0 : n;
  }

  private static Integer integer(JsonParser p, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getIntValue();
      case VALUE_STRING -> {
        try {
          yield Integer.valueOf(p.getText().trim());
        } catch (NumberFormatException notANumber) {
          yield null;
        }
      }
      default -> {
        p.skipChildren();
        yield null;
      }
    };
  }

  /** ISO 8601 with an offset, as Immich writes dates; anything else reads as unknown. */
  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return IsoInstants.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
