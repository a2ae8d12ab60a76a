package dev.folderalbums.core.naming;

import dev.folderalbums.core.options.AlbumOptions;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The registry of naming strategies: every {@link NamingStrategyProvider} on the class path. */
public final class NamingStrategies {
  private NamingStrategies() {}

  /** @return the providers by name, sorted */
  public static Map<String, NamingStrategyProvider> available() {
    Map<String, NamingStrategyProvider> byName = new TreeMap<>();
    for (NamingStrategyProvider p : ServiceLoader.load(NamingStrategyProvider.class,
        NamingStrategies.class.getClassLoader())) {
      byName.putIfAbsent(p.name(), p);
    }
    return byName;
  }

  /**
   * @param options the configuration, whose {@code namingStrategy()} selects the provider
   * @return the strategy
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static NamingStrategy create(AlbumOptions options) {
    Map<String, NamingStrategyProvider> all = available();
    NamingStrategyProvider provider = all.get(options.namingStrategy());
    if (provider == null) {
      throw new IllegalArgumentException("unknown naming strategy '" + options.namingStrategy() + "'; available: "
          + String.join(", ", all.keySet()));
    }
    return provider.create(options);
  }
}
