package dev.chatinbox.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Base of every exception mapper: subclasses say which problem an exception is; this class fills in
 * the request path and writes problem+json.
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
  @Context private UriInfo uriInfo;

  /** The problem that {@code exception} means, given the request path as {@code instance}. */
  protected abstract Problem problem(E exception, String instance);

  /** Hook for extra headers (e.g. {@code Retry-After}). */
  protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, E exception) {
    return response;
  }

  @Override
  public Response toResponse(E exception) {
    Problem problem = problem(exception, instance());
    return decorate(
            Response.status(problem.status()).type(Problems.MEDIA_TYPE).entity(problem), exception)
        .build();
  }

  private String instance() {
    try {
      return uriInfo == null ? null : uriInfo.getRequestUri().getPath();
    } catch (RuntimeException e) {
      return null; // outside a request (should not happen)
    }
  }
}
