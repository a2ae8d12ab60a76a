package dev.folderalbums.cli;

import dev.folderalbums.immich.internal.BaseUrls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to reach Immich; shared by the main command and {@code doctor}. */
public final class ConnectionOptions {
  @Option(names = "--api-key", paramLabel = "KEY",
      description = "A further API key (another user) to run for. Repeatable. With --api-key-type file, a file.")
  List<String> apiKeys = new ArrayList<>();

  @Option(names = {"-t", "--api-key-type"}, paramLabel = "TYPE", defaultValue = "literal",
      description = "literal (the keys themselves) or file (files with one key per line, e.g. container secrets)."
          + " Default: ${DEFAULT-VALUE}.")
  String apiKeyType;

  @Option(names = {"-k", "--insecure"},
      description = "Do not verify the server's TLS certificate (self-signed certificates). Unsafe; warns.")
  boolean insecure;

  @Option(names = "--api-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Seconds to wait for an answer from Immich. Default: ${DEFAULT-VALUE}.")
  int apiTimeout;

  @Option(names = "--max-retry-count", paramLabel = "N", defaultValue = "3",
      description = "Retries of a failed request (timeouts, 429, 500, 502, 503, 504; a create is never repeated"
          + " blindly). Default: ${DEFAULT-VALUE}.")
  int maxRetryCount;

  /**
   * Where to run and as whom: the positional {@code ROOT_PATH API_URL API_KEY}, completed from the environment as the
   * Python tool's image does. One resolution for the main command and {@code doctor}.
   *
   * @param roots the root paths (the positional one first, else {@code ROOT_PATH}), without {@code --root-path}
   * @param apiUrl the Immich URL, checked
   * @param keys the API keys, read from files where the type says so
   */
  record Target(List<String> roots, String apiUrl, List<String> keys) {}

  /**
   * @param positionals {@code ROOT_PATH API_URL API_KEY}, as many as were given
   * @param env the environment
   * @return the target
   * @throws UsageException naming what is missing or malformed
   */
  Target target(List<String> positionals, Map<String, String> env) {
    List<String> roots = new ArrayList<>();
    if (!positionals.isEmpty()) {
      roots.add(positionals.get(0));
    } else if (notBlank(env, "ROOT_PATH")) {
      Arrays.stream(env.get("ROOT_PATH").split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(roots::add);
    }
    String apiUrl = positionals.size() > 1 ? positionals.get(1) : env.get("API_URL");
    if (apiUrl == null || apiUrl.isBlank()) {
      throw new UsageException("API_URL: the Immich URL is required (second argument or API_URL)");
    }
    try {
      BaseUrls.apiBase(apiUrl);
    } catch (IllegalArgumentException e) {
      // Described, never quoted: with ROOT_PATH left out the key shifts into this place.
      String where = positionals.size() > 1 ? "the second argument" : "the variable API_URL";
      throw new UsageException("API_URL: " + where + " is not a usable Immich URL: " + e.getMessage()
          + (positionals.size() > 1 ? "; the arguments are ROOT_PATH API_URL API_KEY, in this order" : ""));
    }
    List<String> given = new ArrayList<>();
    if (positionals.size() > 2) {
      given.add(positionals.get(2));
    }
    given.addAll(apiKeys);
    List<String> keys = new ArrayList<>();
    if (!given.isEmpty()) {
      keys.addAll(ApiKeys.read(given, keysAreFiles()));
    } else {
      if (notBlank(env, "API_KEY")) {
        keys.addAll(ApiKeys.read(List.of(env.get("API_KEY").split(":")), keysAreFiles()));
      }
      if (notBlank(env, "API_KEY_FILE")) {
        keys.addAll(ApiKeys.read(List.of(env.get("API_KEY_FILE").split(":")), true));
      }
    }
    if (keys.isEmpty()) {
      throw new UsageException("API_KEY: an API key is required (third argument, --api-key, API_KEY or"
          + " API_KEY_FILE)");
    }
    return new Target(roots, apiUrl, keys);
  }

  private static boolean notBlank(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  boolean keysAreFiles() {
    if (!apiKeyType.equals("literal") && !apiKeyType.equals("file")) {
      throw new UsageException("--api-key-type: '" + apiKeyType + "' is not allowed; use literal or file");
    }
    return apiKeyType.equals("file");
  }

  void validate() {
    keysAreFiles();
    if (apiTimeout < 1) {
      throw new UsageException("--api-timeout: " + apiTimeout + " is not allowed; use 1 or more seconds");
    }
    if (maxRetryCount < 0 || maxRetryCount > 20) {
      throw new UsageException("--max-retry-count: " + maxRetryCount + " is not allowed; use 0 to 20");
    }
  }
}
