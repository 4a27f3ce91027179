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

/**
 * Error page for what the container answers before JAX-RS runs — above all the 401 of {@link
 * BearerTokenMechanism} for a missing, expired, wrongly issued or badly signed token — so that
 * those errors are problem+json too (registered in web.xml).
 */
@WebServlet(urlPatterns = "/problem-page/*")
public class ContainerErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();

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
