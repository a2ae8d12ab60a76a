package dev.folderalbums.cli;

import java.util.ArrayList;
import java.util.List;
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
      description = "Retries of a failed request (timeouts, 429, 502, 503, 504). Default: ${DEFAULT-VALUE}.")
  int maxRetryCount;

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
