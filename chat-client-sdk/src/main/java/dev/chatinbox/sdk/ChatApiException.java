package dev.chatinbox.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A call that failed: the server's problem+json fields ({@code type}, {@code title}, {@code
 * status}, {@code detail}, {@code instance}, {@code errors}), or status 0 when no HTTP response
 * arrived (connection refused, timeout; the cause says which). Unchecked so that paging streams can
 * carry it.
 */
public class ChatApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One field at fault, as named in the problem's {@code errors[]}. */
  public record FieldError(String field, String message) {}

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final String instance;
  private final List<FieldError> errors;
  private final Duration retryAfter;

  /** A problem the server answered with. */
  public ChatApiException(
      int status,
      String type,
      String title,
      String detail,
      String instance,
      List<FieldError> errors,
      Optional<Duration> retryAfter) {
    super(
        status
            + " "
            + title
            + (detail == null ? "" : ": " + detail)
            + (errors == null || errors.isEmpty() ? "" : " " + errors));
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.instance = instance;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.retryAfter = retryAfter.orElse(null);
  }

  /** No HTTP response at all (status 0). */
  public ChatApiException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.type = null;
    this.title = message;
    this.detail =
        cause == null
            ? null
            : cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    this.instance = null;
    this.errors = List.of();
    this.retryAfter = null;
  }

  /** HTTP status, or 0 when the server was not reached. */
  public int status() {
    return status;
  }

  /** Stable URI of the error kind, e.g. {@code /problems/validation}; null without a response. */
  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  /** The request path the problem is about. */
  public String instance() {
    return instance;
  }

  /** The fields at fault (validation problems); empty otherwise. */
  public List<FieldError> errors() {
    return errors;
  }

  /** The server's {@code Retry-After} (429, 503), when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** True when no HTTP response arrived. */
  public boolean isConnectionFailure() {
    return status == 0;
  }
}
