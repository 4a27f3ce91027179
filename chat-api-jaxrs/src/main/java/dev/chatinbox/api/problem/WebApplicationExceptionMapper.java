package dev.chatinbox.api.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by the JAX-RS runtime itself (unknown path, wrong method, unsupported media type,
 * unreadable body…) keep their status and get the matching problem type.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {
  @Override
  protected Problem problem(WebApplicationException e, String instance) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (JsonFailures.isTooLarge(e)) {
      status = ProblemType.PAYLOAD_TOO_LARGE.status();
    }
    ProblemType type = ProblemType.forStatus(status);
    if (status == 400 && JsonFailures.isJsonFailure(e)) {
      type = ProblemType.MALFORMED_JSON;
    }
    String detail =
        switch (type) {
          case NOT_FOUND -> "No resource at this path";
          case METHOD_NOT_ALLOWED -> "This method is not supported at this path";
          case UNSUPPORTED_MEDIA_TYPE -> "Send application/json";
          case MALFORMED_JSON -> "The request body could not be read as JSON of the expected shape";
          case PAYLOAD_TOO_LARGE -> "The request body is larger than the server accepts";
          case INTERNAL -> "An unexpected error occurred";
          default -> type.title();
        };
    return new Problem(false, type.uri(), type.title(), status, detail, instance, null);
  }

  @Override
  protected Response.ResponseBuilder decorate(
      Response.ResponseBuilder response, WebApplicationException e) {
    if (e instanceof NotAllowedException && e.getResponse() != null) {
      String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        response.header(HttpHeaders.ALLOW, allow);
      }
    }
    return response;
  }
}
