package dev.chatinbox.api.problem;

import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.DomainException;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.TemporarilyUnavailableException;
import dev.chatinbox.core.domain.shared.TooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The core's meaningful failures: invalid input → 400 {@code /problems/validation} naming each
 * field; missing or invisible object → 404 (no hint which); role not allowed → 403; a state that
 * forbids the action → 409 with the conflict's own type, e.g. {@code /problems/dnd}; work that may
 * succeed later (a search past its time limit) → 503 {@code /problems/unavailable} with {@code
 * Retry-After}.
 */
@Provider
public class DomainExceptionMapper extends ProblemMapper<DomainException> {
  @Override
  protected Problem problem(DomainException e, String instance) {
    return of(e, instance);
  }

  @Override
  protected Response.ResponseBuilder decorate(
      Response.ResponseBuilder response, DomainException e) {
    return headers(response, e);
  }

  /** Headers that go with the problem of {@code e}. */
  static Response.ResponseBuilder headers(Response.ResponseBuilder response, DomainException e) {
    if (e instanceof TemporarilyUnavailableException unavailable) {
      return RetryAfter.header(response, unavailable.retryAfter());
    }
    return response;
  }

  static Problem of(DomainException e, String instance) {
    if (e instanceof InvalidInputException invalid) {
      return Problems.problem(
          ProblemType.VALIDATION,
          "One or more fields are invalid",
          instance,
          invalid.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
    }
    if (e instanceof ObjectNotFoundException) {
      return Problems.problem(ProblemType.NOT_FOUND, e.getMessage(), instance, null);
    }
    if (e instanceof AccessDeniedException) {
      return Problems.problem(ProblemType.FORBIDDEN, e.getMessage(), instance, null);
    }
    if (e instanceof ConflictException conflict) {
      return Problems.problem(
          ProblemType.CONFLICT,
          "/problems/" + conflict.problemType(),
          ProblemType.CONFLICT.title(),
          e.getMessage(),
          instance);
    }
    if (e instanceof TooLargeException tooLarge) {
      return Problems.problem(
          ProblemType.PAYLOAD_TOO_LARGE,
          e.getMessage(),
          instance,
          List.of(new FieldError(tooLarge.field(), e.getMessage())));
    }
    if (e instanceof TemporarilyUnavailableException) {
      return Problems.problem(ProblemType.UNAVAILABLE, e.getMessage(), instance, null);
    }
    return Problems.problem(ProblemType.BAD_REQUEST, e.getMessage(), instance, null);
  }
}
