package dev.chatinbox.api.websocket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes a {@code ?token=} out of the WebSocket handshake's query string before the WebSocket
 * container sees the request, and hands it on as {@code Authorization: Bearer} instead (issue #17).
 *
 * <p>The spec lets clients put the token in the query string, but the WebSocket container keeps the
 * handshake's query string with the connection, and its failure reports (an FFDC for a frame over
 * the size limit, among others) dump it: a valid token ended up in a file. With this filter the
 * container only ever holds the query string without the token; the token travels in the request
 * header the handshake authenticator reads anyway, which no report records. A header sent by the
 * client wins over the query parameter.
 */
@WebFilter(urlPatterns = "/ws/*")
public class QueryTokenFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PARAMETER = "token";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    if (query == null || !query.contains(PARAMETER + "=")) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new WithoutQueryToken(request, query), response);
  }

  /** The request as the WebSocket container must see it: no token in its query string. */
  static final class WithoutQueryToken extends HttpServletRequestWrapper {
    private final String query;
    private final Optional<String> token;

    WithoutQueryToken(HttpServletRequest request, String rawQuery) {
      super(request);
      List<String> kept = new ArrayList<>();
      String found = null;
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        if (PARAMETER.equals(name)) {
          if (found == null && eq >= 0) {
            found = decode(pair.substring(eq + 1));
          }
        } else if (!pair.isEmpty()) {
          kept.add(pair);
        }
      }
      this.query = kept.isEmpty() ? null : String.join("&", kept);
      this.token = Optional.ofNullable(found).filter(t -> !t.isBlank());
    }

    private static String decode(String value) {
      try {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null; // not a token: the handshake is refused for want of one
      }
    }

    @Override
    public String getQueryString() {
      return query;
    }

    @Override
    public String getParameter(String name) {
      return PARAMETER.equals(name) ? null : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.remove(PARAMETER);
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return PARAMETER.equals(name) ? null : super.getParameterValues(name);
    }

    private boolean addsAuthorization(String name) {
      return token.isPresent()
          && "Authorization".equalsIgnoreCase(name)
          && super.getHeader("Authorization") == null;
    }

    @Override
    public String getHeader(String name) {
      return addsAuthorization(name) ? "Bearer " + token.get() : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return addsAuthorization(name)
          ? Collections.enumeration(List.of("Bearer " + token.get()))
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      if (token.isPresent() && super.getHeader("Authorization") == null) {
        names.add("Authorization");
      }
      return Collections.enumeration(names);
    }
  }
}
