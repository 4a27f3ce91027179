package dev.chatinbox.api.security;

import dev.chatinbox.api.problem.Problem;
import dev.chatinbox.api.problem.ProblemType;
import dev.chatinbox.api.problem.Problems;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Error page for what the container answers before JAX-RS runs — above all the 401 of {@link
 * BearerTokenMechanism} for a missing, expired, wrongly issued or badly signed token, and the 400
 * of a path the container refuses to decode ({@code %2F}, {@code %5C}, {@code %2E}) — so that those
 * errors are problem+json too, never the container's HTML page with class names (registered in
 * web.xml for every error status it can produce, and for any exception).
 */
@WebServlet(urlPatterns = "/problem-page/*")
public class ContainerErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

  /**
   * An exception the container caught outside JAX-RS: logged with an incident id and its type only
   * (its message may carry request data), answered with the id.
   */
  private static String internal(HttpServletRequest request) {
    String incident = UUID.randomUUID().toString();
    Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE);
    LOG.log(
        Level.SEVERE,
        "Unexpected container error, incident {0}: {1}",
        new Object[] {incident, error == null ? "status 500" : error});
    return "An unexpected error occurred (incident " + incident + ")";
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status =
        code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND; // not an error dispatch
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (type) {
          case UNAUTHORIZED -> "Send a valid bearer token: Authorization: Bearer <JWT>";
          case FORBIDDEN -> "Your token does not allow this";
          case NOT_FOUND -> "No resource at this path";
          case BAD_REQUEST ->
              "The request could not be read (for example an encoded /, \\ or . in the path)";
          case INTERNAL -> internal(request);
          default -> type.title();
        };
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Problem problem =
        new Problem(
            false,
            type.uri(),
            type.title(),
            status,
            detail,
            uri == null ? null : uri.toString(),
            null);
    response.setStatus(status);
    if (status == 401 && response.getHeader("WWW-Authenticate") == null) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"chat-inbox\"");
    }
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.toJson(problem));
  }
}
