package dev.folderalbums.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Parses {@code -R PATTERN [REPLACEMENT]}: the replacement is taken only when the next argument is neither an option
 * nor needed for the positional parameters still open. So {@code -R x ROOT URL KEY} keeps its positional arguments,
 * unlike a greedy "one or more" parser.
 */
public final class PostRegexConsumer implements CommandLine.IParameterConsumer {
  @Override
  public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
    if (args.isEmpty()) {
      throw new CommandLine.ParameterException(commandSpec.commandLine(),
          "--album-name-post-regex: a PATTERN is required");
    }
    String pattern = args.pop();
    String replacement = null;
    if (!args.isEmpty() && !isOption(args.peek(), commandSpec)
        && remainingPositionalsAfter(args, commandSpec) + 1 > unfilledPositionals(commandSpec)) {
      replacement = args.pop();
    }
    List<String[]> values = argSpec.getValue() == null ? new ArrayList<>() : argSpec.getValue();
    values.add(new String[] {pattern, replacement});
    argSpec.setValue(values);
  }

  private static boolean isOption(String arg, CommandSpec spec) {
    if (!arg.startsWith("-") || arg.equals("-")) {
      return false;
    }
    String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    return spec.findOption(name) != null || (name.length() > 2 && !name.startsWith("--")
        && spec.findOption(name.substring(0, 2)) != null);
  }

  /** Counts the plain (non-option) arguments after the next one, skipping option values roughly. */
  private static int remainingPositionalsAfter(Stack<String> args, CommandSpec spec) {
    int count = 0;
    // The stack's top is the next argument; iterate from the one after it to the end.
    for (int i = args.size() - 2; i >= 0; i--) {
      String a = args.get(i);
      if (isOption(a, spec)) {
        CommandLine.Model.OptionSpec option = spec.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
        if (option != null && option.arity().min() > 0 && !a.contains("=")) {
          i -= option.arity().min();
        }
        continue;
      }
      count++;
    }
    return count;
  }

  /** Positional slots still open: ROOT_PATH API_URL API_KEY, unless the environment supplies them all. */
  private static int unfilledPositionals(CommandSpec spec) {
    if (spec.userObject() instanceof FolderAlbumsCommand command && command.envSuppliesPositionals()) {
      return 0;
    }
    int open = 0;
    for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
      Object v = p.getValue();
      int filled = v instanceof List<?> l ? l.size() : v == null ? 0 : 1;
      open += Math.max(0, (p.arity().isUnspecified() ? 1 : p.arity().max()) - filled);
    }
    return open;
  }
}
