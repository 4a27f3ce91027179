package dev.chatinbox.api.rest;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code GET /openapi}: the OpenAPI document made at build time from the resources' annotations
 * (SmallRye OpenAPI Maven plugin, chat-api-jaxrs/pom.xml) and packaged in the WAR — served from
 * memory instead of Liberty's mpOpenAPI feature, which rebuilt it at start and spent ~30 ms of CPU
 * on each call (issue #17). YAML by default, JSON for {@code ?format=JSON} or an {@code Accept}
 * that names {@code application/json} (what mpOpenAPI answered). Public like the feature's
 * endpoint: no token. Each representation has a strong ETag; {@code If-None-Match} gets 304.
 */
@WebServlet(
    urlPatterns = {"/openapi", "/openapi/"},
    loadOnStartup = 1)
public class OpenApiDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String FOLDER = "/dev/chatinbox/api/rest/openapi/";

  /** The document changes only with a deployment; clients revalidate after five minutes. */
  static final String CACHE_CONTROL = "public, max-age=300";

  private transient Representation yaml;
  private transient Representation json;

  /** One form of the document: its bytes, media type and ETag. */
  private record Representation(byte[] body, String contentType, String etag) {}

  @Override
  public void init() throws ServletException {
    yaml = load("openapi.yaml", "application/yaml;charset=UTF-8");
    json = load("openapi.json", "application/json;charset=UTF-8");
  }

  private static Representation load(String file, String contentType) throws ServletException {
    try (InputStream in = OpenApiDocumentServlet.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new ServletException("the WAR lacks its OpenAPI document " + FOLDER + file);
      }
      byte[] body = in.readAllBytes();
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      String etag =
          "\""
              + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22)
              + "\"";
      return new Representation(body, contentType, etag);
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new ServletException("cannot read the OpenAPI document " + file, e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Representation doc = wantsJson(request) ? json : yaml;
    response.setHeader("ETag", doc.etag());
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("Vary", "Accept");
    if (matches(request.getHeader("If-None-Match"), doc.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(doc.contentType());
    response.setContentLength(doc.body().length);
    response.getOutputStream().write(doc.body());
  }

  /**
   * {@code ?format=JSON|YAML} first (either case), then the Accept header; YAML by default. The
   * query string is read as it came (not through getParameter, which would fail on a broken escape
   * elsewhere in it).
   */
  private static boolean wantsJson(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.regionMatches(true, 0, "format=", 0, 7)) {
          return pair.substring(7).equalsIgnoreCase("json");
        }
      }
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
  }

  /** Whether an If-None-Match list names this ETag (weak or strong) or is {@code *}. */
  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
