package dev.folderalbums.benchmarks;

import java.util.Map;
import java.util.TreeMap;

/** The harnesses' {@code --name value} arguments. */
final class HarnessArgs {
  private HarnessArgs() {}

  /** @param args pairs of name and value @return the values by name */
  static Map<String, String> parse(String[] args) {
    Map<String, String> a = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    return a;
  }
}
