package dev.folderalbums.immich.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.folderalbums.immich.generated.invoker.ApiClient;
import dev.folderalbums.immich.generated.invoker.ApiException;
import dev.folderalbums.immich.generated.invoker.Pair;
import dev.folderalbums.immich.generated.invoker.auth.ApiKeyAuth;
import java.io.File;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ParseException;

/**
 * The generated {@link ApiClient}, made safe: the key goes only into the {@code x-api-key} header, failed attempts
 * are retried by {@link Attempts}, and every failure leaves as an unchecked
 * {@link dev.folderalbums.immich.error.ImmichException} naming method and path.
 */
public final class ImmichApiClient extends ApiClient {
  private final Attempts attempts;

  /**
   * @param httpClient the transport
   * @param apiKey the key, set on the header scheme only
   * @param attempts runs the attempts of each request
   */
  public ImmichApiClient(CloseableHttpClient httpClient, String apiKey, Attempts attempts) {
    super(httpClient);
    this.attempts = attempts;
    // Only the header scheme: the generated cookie scheme is a query parameter and would put the key into URLs.
    ((ApiKeyAuth) getAuthentication("api_key")).setApiKey(apiKey);
  }

  /** Refused: the generated method would also set the key as a URL query parameter. */
  @Override
  public ApiClient setApiKey(String apiKey) {
    throw new UnsupportedOperationException("The API key is set once, on the x-api-key header, by ImmichClient");
  }

  @Override
  public <T> T invokeAPI(String path, String method, List<Pair> queryParams, List<Pair> collectionQueryParams,
      String urlQueryDeepObject, Object body, Map<String, String> headerParams, Map<String, String> cookieParams,
      Map<String, Object> formParams, String accept, String contentType, String[] authNames,
      TypeReference<T> returnType) {
    return attempts.run(method, path, () -> new Attempts.Answer<>(super.invokeAPI(path, method,
        new ArrayList<>(queryParams), collectionQueryParams, urlQueryDeepObject, body, new HashMap<>(headerParams),
        new HashMap<>(cookieParams), formParams, accept, contentType, authNames, returnType), lastStatus()));
  }

  /**
   * A 2xx answer that is not JSON (an HTML login page of a proxy) must fail here, not as a ClassCastException. JSON
   * is parsed from the byte stream, not from a String copy of it: search pages are large.
   */
  @Override
  public <T> T deserialize(CloseableHttpResponse response, TypeReference<T> valueType)
      throws ApiException, IOException, ParseException {
    if (valueType == null) {
      return null;
    }
    Type raw = valueType.getType();
    String mime = getResponseMimeType(response);
    boolean json = mime == null || isJsonMime(mime);
    if (!json && !String.class.equals(raw) && !byte[].class.equals(raw) && !File.class.equals(raw)) {
      throw new ApiException("content type " + mime, response.getCode(),
          transformResponseHeaders(response.getHeaders()), null);
    }
    if (!json || raw.equals(byte[].class) || raw.equals(File.class) || response.getEntity() == null) {
      return super.deserialize(response, valueType);
    }
    try (PushbackInputStream in = new PushbackInputStream(response.getEntity().getContent(), 1)) {
      int first = in.read();
      if (first < 0) {
        return null; // an empty body, as the generated code treats it
      }
      in.unread(first);
      return getObjectMapper().readValue(in, valueType);
    }
  }

  private int lastStatus() {
    Integer status = lastStatusCode.get();
    return status == null ? 0 : status;
  }
}
