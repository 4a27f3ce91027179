package dev.chatinbox.api.problem;

/** The error kinds, each with its stable {@code type} URI, title and HTTP status. */
public enum ProblemType {
  VALIDATION("/problems/validation", "The request is invalid", 400),
  MALFORMED_JSON(
      "/problems/malformed-json", "The request body is not valid JSON of the expected shape", 400),
  BAD_REQUEST("/problems/bad-request", "Bad request", 400),
  UNAUTHORIZED("/problems/unauthorized", "Authentication required", 401),
  FORBIDDEN("/problems/forbidden", "Not allowed", 403),
  NOT_FOUND("/problems/not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("/problems/method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("/problems/not-acceptable", "No acceptable representation", 406),
  CONFLICT("/problems/conflict", "Conflict", 409),
  CONCURRENT_MODIFICATION(
      "/problems/concurrent-modification", "The object changed meanwhile; retry", 409),
  PAYLOAD_TOO_LARGE("/problems/payload-too-large", "Request body too large", 413),
  UNSUPPORTED_MEDIA_TYPE("/problems/unsupported-media-type", "Unsupported media type", 415),
  RATE_LIMITED("/problems/rate-limited", "Too many requests", 429),
  INTERNAL("/problems/internal", "Internal error", 500),
  UNAVAILABLE("/problems/unavailable", "Service unavailable", 503);

  private final String uri;
  private final String title;
  private final int status;

  ProblemType(String uri, String title, int status) {
    this.uri = uri;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /**
   * The kind for a bare HTTP status (framework errors), or {@link #BAD_REQUEST}/{@link #INTERNAL}.
   */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status
          && type != VALIDATION
          && type != MALFORMED_JSON
          && type != CONCURRENT_MODIFICATION) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
