package dev.folderalbums.immich.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.folderalbums.immich.error.ImmichBadRequestException;
import dev.folderalbums.immich.error.ImmichException;
import dev.folderalbums.immich.error.ImmichForbiddenException;
import dev.folderalbums.immich.error.ImmichNotFoundException;
import dev.folderalbums.immich.error.ImmichRateLimitedException;
import dev.folderalbums.immich.error.ImmichServerException;
import dev.folderalbums.immich.error.ImmichTransportException;
import dev.folderalbums.immich.error.ImmichUnauthorizedException;
import dev.folderalbums.immich.error.ImmichUnexpectedResponseException;
import dev.folderalbums.immich.generated.invoker.ApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Turns the generated client's {@link ApiException} into the {@link ImmichException} hierarchy. */
final class ErrorMapper {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_IN_MESSAGE = 300;

  private ErrorMapper() {}

  static ImmichException map(String method, String path, ApiException e, int attempts) {
    String request = method + " " + path;
    String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
    int code = e.getCode();
    if (code == 0) {
      return mapWithoutResponse(method, path, e, request, tries);
    }
    String serverMessage = serverMessage(e.getResponseBody());
    String detail = serverMessage == null ? "" : ": " + serverMessage;
    String head = request + " failed: HTTP " + code;
    if (code >= 200 && code < 300) {
      return new ImmichUnexpectedResponseException(method, path, code, null,
          request + " answered HTTP " + code + " with something other than JSON (" + e.getMessage()
              + "): does the URL point at Immich itself rather than a login page or proxy?", e);
    }
    if (code >= 300 && code < 400) {
      String location = header(e, "Location");
      return new ImmichUnexpectedResponseException(method, path, code, null,
          head + " redirect" + (location == null ? "" : " to " + location)
              + ": give the Immich URL that answers directly (redirects are not followed, so the key cannot travel"
              + " elsewhere)", e);
    }
    return switch (code) {
      case 400 -> new ImmichBadRequestException(method, path, code, serverMessage,
          head + " Bad Request" + detail, e);
      case 401 -> new ImmichUnauthorizedException(method, path, code, serverMessage,
          head + " Unauthorized: Immich did not accept the API key; check the key" + detail, e);
      case 403 -> {
        ImmichForbiddenException forbidden = new ImmichForbiddenException(method, path, code, serverMessage,
            head + " Forbidden" + detail, e);
        yield forbidden.missingPermission()
            .<ImmichException>map(p -> new ImmichForbiddenException(method, path, code, serverMessage,
                head + " Forbidden: the API key lacks the permission '" + p + "'; give the key that permission"
                    + " in Immich (Account Settings > API Keys)", e))
            .orElse(forbidden);
      }
      case 404 -> new ImmichNotFoundException(method, path, code, serverMessage, head + " Not Found" + detail, e);
      case 429 -> new ImmichRateLimitedException(method, path, code, serverMessage,
          head + " Too Many Requests" + tries + detail, e);
      default -> code >= 500
          ? new ImmichServerException(method, path, code, serverMessage, head + " server error" + tries
              + (serverMessage == null ? bodySnippet(e.getResponseBody()) : detail), e)
          : new ImmichUnexpectedResponseException(method, path, code, serverMessage, head + detail, e);
    };
  }

  private static ImmichException mapWithoutResponse(String method, String path, ApiException e, String request,
      String tries) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonProcessingException) {
      return new ImmichUnexpectedResponseException(method, path, 0, null,
          request + " answered with a body that is not the JSON Immich sends: " + firstLine(cause.getMessage())
              + " (does the URL point at Immich?)", e);
    }
    if (cause instanceof AnswerTooLargeException tooLarge) {
      return new ImmichUnexpectedResponseException(method, path, 0, null,
          request + ": " + tooLarge.getMessage() + "; does the URL point at Immich?", e);
    }
    if (cause instanceof UnknownHostException) {
      return new ImmichTransportException(method, path, false,
          request + " failed: unknown host " + cause.getMessage() + "; check the Immich URL", e);
    }
    if (cause instanceof SSLException) {
      return new ImmichTransportException(method, path, false,
          request + " failed: TLS: " + firstLine(cause.getMessage()) + "; for a self-signed certificate add it to"
              + " the Java trust store, or (unsafe) use --insecure", e);
    }
    boolean timeout = cause instanceof SocketTimeoutException || cause instanceof ConnectTimeoutException;
    String what = cause instanceof ConnectException || cause instanceof ConnectTimeoutException
        ? "cannot connect" : timeout ? "timed out" : "connection failed";
    return new ImmichTransportException(method, path, timeout,
        request + " failed: " + what + tries + ": " + (cause == null ? e.getMessage() : describe(cause)), e);
  }

  /** Immich's error body is {@code {"message": "..." | [...], "error": "...", "statusCode": n}}. */
  static String serverMessage(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        return null;
      }
      JsonNode message = node.get("message");
      if (message == null || message.isNull()) {
        JsonNode error = node.get("error");
        return error == null || error.isNull() ? null : error.asText();
      }
      if (message.isArray()) {
        List<String> parts = new ArrayList<>();
        message.forEach(m -> parts.add(m.asText()));
        return String.join("; ", parts);
      }
      return message.asText();
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String header(ApiException e, String name) {
    if (e.getResponseHeaders() == null) {
      return null;
    }
    return e.getResponseHeaders().entrySet().stream()
        .filter(h -> name.equalsIgnoreCase(h.getKey()) && h.getValue() != null && !h.getValue().isEmpty())
        .map(h -> h.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  private static String bodySnippet(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ").trim();
    return ": " + (flat.length() > MAX_BODY_IN_MESSAGE ? flat.substring(0, MAX_BODY_IN_MESSAGE) + "…" : flat);
  }

  /** The cause in plain words: what happened on the wire, without Java class names. */
  private static String describe(Throwable cause) {
    if (cause instanceof java.net.NoRouteToHostException) {
      return "no route to the host";
    }
    if (cause instanceof ConnectException) {
      return "the connection was refused (nothing listens at that address and port)";
    }
    if (cause instanceof ConnectTimeoutException) {
      return "no connection within the connect timeout";
    }
    if (cause instanceof SocketTimeoutException) {
      return "no answer within the timeout";
    }
    if (cause instanceof java.net.SocketException || cause instanceof org.apache.hc.core5.http.NoHttpResponseException
        || cause instanceof org.apache.hc.core5.http.ConnectionClosedException) {
      return "the connection was closed before the answer came";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? "an I/O error" : firstLine(message);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
