package dev.chatinbox.api.rest;

import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Checks URL-encoded values before anything decodes them (issue #17): a query string or an {@code
 * application/x-www-form-urlencoded} body (the Twilio webhooks) with a broken percent escape
 * ({@code %_%}) or a NUL character ({@code %00}) in a value is a 400 naming the parameter — before
 * a webhook's signature check, which could not have signed such a form, and before the database,
 * which refuses NUL in text. Runs after the size limit ({@link RequestSizeLimitFilter}).
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class EncodedValuesFilter implements ContainerRequestFilter {
  /** The raw query string: JAX-RS's request URI cannot even be built from a broken escape. */
  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String query = servletRequest.getQueryString();
    if (query != null) {
      firstBadValue(query, true).ifPresent(EncodedValuesFilter::refuse);
    }
    if (request.hasEntity()
        && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
      byte[] form = request.getEntityStream().readAllBytes();
      // NUL is left to the carrier adapter here: a form is a carrier's signed word (issue #17, 3)
      firstBadValue(new String(form, StandardCharsets.ISO_8859_1), false)
          .ifPresent(EncodedValuesFilter::refuse);
      request.setEntityStream(new ByteArrayInputStream(form));
    }
  }

  private static void refuse(FieldViolation violation) {
    throw new InvalidInputException(List.of(violation));
  }

  /** The first parameter of {@code encoded} ({@code a=1&b=2}) whose name or value is unusable. */
  static Optional<FieldViolation> firstBadValue(String encoded, boolean refuseNul) {
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      Optional<String> decodedName = decode(name);
      String field = decodedName.filter(n -> n.indexOf('\0') < 0).orElse("parameter");
      if (decodedName.isEmpty() || decodedName.get().indexOf('\0') >= 0) {
        return Optional.of(new FieldViolation(field, "name is not a URL-encoded text"));
      }
      Optional<String> decodedValue = decode(value);
      if (decodedValue.isEmpty()) {
        return Optional.of(new FieldViolation(field, "is not URL-encoded (bad % escape)"));
      }
      if (refuseNul && decodedValue.get().indexOf('\0') >= 0) {
        return Optional.of(new FieldViolation(field, "must not contain NUL characters"));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> decode(String text) {
    try {
      return Optional.of(java.net.URLDecoder.decode(text, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
