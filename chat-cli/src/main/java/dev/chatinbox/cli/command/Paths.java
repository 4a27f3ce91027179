package dev.chatinbox.cli.command;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Pieces of API paths built from what the user typed. */
final class Paths {
  private Paths() {}

  /** One path segment (an id as typed), encoded so that it cannot change the path. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
