package dev.folderalbums.core.naming;

import dev.folderalbums.core.options.AlbumOptions;

/**
 * Makes a {@link NamingStrategy} from the options; found through {@link java.util.ServiceLoader} and selected by
 * {@link #name()} (option {@code --naming}). Register an implementation in
 * {@code META-INF/services/dev.folderalbums.core.naming.NamingStrategyProvider}.
 */
public interface NamingStrategyProvider {

  /** @return the name users select it by, lower-case with dashes, e.g. {@code folder-levels} */
  String name();

  /** @return one line for {@code --help} */
  String description();

  /**
   * @param options the configuration (album levels, separator, …)
   * @return the strategy
   * @throws IllegalArgumentException when the options do not suit this strategy
   */
  NamingStrategy create(AlbumOptions options);
}
