package dev.chatinbox.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {
  /** The media type of every error body. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static Problem problem(
      ProblemType type, String detail, String instance, List<FieldError> errors) {
    return new Problem(
        false,
        type.uri(),
        type.title(),
        type.status(),
        detail,
        instance,
        errors == null || errors.isEmpty() ? null : errors);
  }

  /** A problem of {@code type} whose type URI is {@code typeUri} (e.g. a conflict's own kind). */
  public static Problem problem(
      ProblemType type, String typeUri, String title, String detail, String instance) {
    return new Problem(false, typeUri, title, type.status(), detail, instance, null);
  }

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
  }
}
