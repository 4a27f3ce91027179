package dev.chatinbox.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;

/** Recognises failures to parse or bind a JSON request body anywhere in a cause chain. */
final class JsonFailures {
  private JsonFailures() {}

  /** Whether the body was cut off by the size limit while it was being parsed. */
  static boolean isTooLarge(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof dev.chatinbox.api.rest.PayloadTooLargeException) {
        return true;
      }
    }
    return false;
  }

  static boolean isJsonFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}
