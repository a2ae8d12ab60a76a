package dev.folderalbums.cli;

import java.io.Console;

/** The interactive side of the process: whether a person is there, and asking them. Replaceable in tests. */
interface Terminal {
  /** @return whether standard input and output are a terminal */
  boolean interactive();

  /** @param prompt the question @return the answer, or {@code null} at end of input */
  String ask(String prompt);

  /** The process's console, if it has one. */
  static Terminal system() {
    Console console = System.console();
    return new Terminal() {
      @Override
      public boolean interactive() {
        return console != null;
      }

      @Override
      public String ask(String prompt) {
        return console == null ? null : console.readLine("%s", prompt);
      }
    };
  }

  /** No terminal. */
  Terminal NONE = new Terminal() {
    @Override
    public boolean interactive() {
      return false;
    }

    @Override
    public String ask(String prompt) {
      return null;
    }
  };
}
