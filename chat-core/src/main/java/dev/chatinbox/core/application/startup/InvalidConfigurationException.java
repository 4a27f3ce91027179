package dev.chatinbox.core.application.startup;

import java.util.List;

/** The configuration has mistakes: the start stops, and the message lists them one a line. */
public class InvalidConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidConfigurationException(List<String> problems) {
    super("Invalid configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
