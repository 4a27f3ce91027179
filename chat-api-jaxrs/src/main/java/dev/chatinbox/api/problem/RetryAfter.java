package dev.chatinbox.api.problem;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** The {@code Retry-After} header of a 429 or 503: whole seconds, at least one. */
final class RetryAfter {
  private RetryAfter() {}

  static Response.ResponseBuilder header(Response.ResponseBuilder response, Duration wait) {
    return response.header("Retry-After", seconds(wait));
  }

  /** {@code wait} rounded up to whole seconds, at least one. */
  static long seconds(Duration wait) {
    return Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
  }
}
