package dev.folderalbums.immich.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.folderalbums.immich.generated.invoker.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The calls of an everyday run, made without the generated client's data binding: the body is written and the answer
 * read token by token, so that a run with nothing to do builds no object mapper and no bean (de)serialisers, which
 * were most of its start-up. Same transport, headers, timeouts, retries and errors as the generated calls: both go
 * through {@link Attempts}, and an answer fails the same way (a status as an {@link ApiException} with the body, a
 * body that is not JSON as a Jackson exception).
 */
public final class LeanCalls {
  private static final JsonFactory JSON = new JsonFactory();

  private final CloseableHttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final String userAgent;
  private final RequestConfig config;
  private final Attempts attempts;

  /**
   * Reads an answer's JSON, positioned on its first token.
   *
   * @param <T> what it reads
   */
  @FunctionalInterface
  public interface BodyReader<T> {
    /** @param json the answer, on its first token @return what it says @throws IOException a malformed answer */
    T read(JsonParser json) throws IOException;
  }

  /** Writes a request's JSON body. */
  @FunctionalInterface
  public interface BodyWriter {
    /** @param json the body @throws IOException never, in practice: the body is written to memory */
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * @param http the transport the generated calls use too
   * @param baseUrl the API base URL, without a trailing slash
   * @param apiKey the key, sent only in the {@code x-api-key} header
   * @param userAgent the User-Agent
   * @param connectTimeout the connect timeout
   * @param readTimeout the response timeout
   * @param attempts runs the attempts of each request
   */
  @SuppressWarnings("deprecation") // the request's connect timeout, as the generated calls set it
  public LeanCalls(CloseableHttpClient http, String baseUrl, String apiKey, String userAgent,
      Duration connectTimeout, Duration readTimeout, Attempts attempts) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.userAgent = userAgent;
    this.attempts = attempts;
    RequestConfig defaults = http instanceof Configurable c ? c.getConfig() : null;
    this.config = (defaults == null ? RequestConfig.custom() : RequestConfig.copy(defaults))
        .setConnectTimeout(Timeout.of(connectTimeout))
        .setResponseTimeout(Timeout.of(readTimeout))
        .build();
  }

  /**
   * @param path the path below the base URL, e.g. {@code /albums}
   * @param query the encoded query string, or {@code null}
   * @param reader reads the answer
   * @param <T> what it reads
   * @return what the answer says, or {@code null} for an empty answer
   */
  public <T> T get(String path, String query, BodyReader<T> reader) {
    return attempts.run("GET", path, () -> once(new HttpGet(baseUrl + path + (query == null ? "" : "?" + query)),
        null, reader));
  }

  /**
   * @param path the path below the base URL, e.g. {@code /search/metadata}
   * @param body writes the body
   * @param reader reads the answer
   * @param <T> what it reads
   * @return what the answer says, or {@code null} for an empty answer
   */
  public <T> T post(String path, BodyWriter body, BodyReader<T> reader) {
    byte[] bytes = write(body);
    return attempts.run("POST", path, () -> once(new HttpPost(baseUrl + path), bytes, reader));
  }

  /**
   * @param path the path below the base URL, e.g. {@code /albums/ID/assets}
   * @param body writes the body
   * @param reader reads the answer
   * @param <T> what it reads
   * @return what the answer says, or {@code null} for an empty answer
   */
  public <T> T put(String path, BodyWriter body, BodyReader<T> reader) {
    byte[] bytes = write(body);
    return attempts.run("PUT", path, () -> once(new HttpPut(baseUrl + path), bytes, reader));
  }

  /**
   * @param path the path below the base URL, e.g. {@code /albums/ID}
   * @param body writes the body
   * @param reader reads the answer
   * @param <T> what it reads
   * @return what the answer says, or {@code null} for an empty answer
   */
  public <T> T patch(String path, BodyWriter body, BodyReader<T> reader) {
    byte[] bytes = write(body);
    return attempts.run("PATCH", path, () -> once(new HttpPatch(baseUrl + path), bytes, reader));
  }

  private static byte[] write(BodyWriter body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      body.write(json);
    } catch (IOException e) {
      throw new IllegalStateException("a request body could not be written", e); // memory: not reached
    }
    return out.toByteArray();
  }

  private <T> Attempts.Answer<T> once(HttpUriRequestBase request, byte[] body, BodyReader<T> reader)
      throws ApiException {
    request.setHeader("Accept", "application/json");
    request.setHeader("x-api-key", apiKey);
    request.setHeader("User-Agent", userAgent);
    request.setConfig(config);
    if (body != null) {
      request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    }
    try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
      int code = response.getCode();
      HttpEntity entity = response.getEntity();
      if (code < 200 || code >= 300) {
        String text = entity == null ? null : EntityUtils.toString(entity);
        throw new ApiException(text, code, headers(response), text);
      }
      if (code == 204 || entity == null) {
        return new Attempts.Answer<>(null, code);
      }
      String mime = mime(entity.getContentType());
      if (mime != null && !isJson(mime)) {
        throw new ApiException("content type " + mime, code, headers(response), null);
      }
      try (InputStream in = entity.getContent(); JsonParser json = JSON.createParser(in)) {
        return new Attempts.Answer<>(json.nextToken() == null ? null : reader.read(json), code);
      }
    } catch (IOException | ParseException e) {
      throw new ApiException(e);
    }
  }

  private static String mime(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** As the generated client decides: {@code application/json}, any {@code type/something+json}, or any type. */
  private static boolean isJson(String mime) {
    return mime.equals("application/json") || mime.endsWith("+json") && mime.indexOf('/') > 0 || mime.equals("*/*");
  }

  private static Map<String, List<String>> headers(ClassicHttpResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Header h : response.getHeaders()) {
      headers.computeIfAbsent(h.getName(), name -> new ArrayList<>()).add(h.getValue());
    }
    return headers;
  }
}
