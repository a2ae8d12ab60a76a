package dev.folderalbums.core.options;

/** An option value that cannot be used; the message starts with the option's name. */
public final class OptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String option;

  /**
   * @param option the option's long name, e.g. {@code --album-levels}
   * @param problem what is wrong and what is allowed
   */
  public OptionException(String option, String problem) {
    super(option + ": " + problem);
    this.option = option;
  }

  /** @return the option's long name */
  public String option() {
    return option;
  }
}
