package dev.chatinbox.api.rest;

import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Looks at a JSON request body before it is bound (issue #17): a body nested deeper than {@link
 * #MAX_DEPTH}, a number with more than {@link #MAX_DIGITS} digits before or after the point (or an
 * exponent that makes it so), or a string holding a NUL character is a 400 naming the field — not a
 * stack overflow, an arithmetic failure or a database error later on. Bodies read as raw bytes (the
 * carriers' signed webhooks) are left to their adapter; a body that is not JSON at all is left to
 * the binding, which answers {@code /problems/malformed-json}.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {
  /**
   * One parser factory: {@code Json.createParser} looks the JSON-P provider up on every call (1.8 %
   * of a send's CPU in the B3 profile).
   */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  static final int MAX_DEPTH = 32;
  static final int MAX_DIGITS = 40;

  /** Longer numbers cannot even be read by the JSON parser (Parsson stops at 1,100 characters). */
  static final int MAX_NUMBER_CHARS = 1000;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || InputStream.class.isAssignableFrom(context.getType())) {
      return context.proceed();
    }
    // a body read as raw bytes is a carrier's signed batch: only what no parser can read is refused
    boolean raw = context.getType() == byte[].class;
    byte[] body = context.getInputStream().readAllBytes();
    List<FieldViolation> violations = check(body, !raw);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  /**
   * What is wrong with {@code body}: the first violation found, if any. {@code values} false checks
   * the nesting and numbers too long to read only.
   */
  static List<FieldViolation> check(byte[] body, boolean values) {
    List<FieldViolation> violations = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    Deque<Integer> indexes = new ArrayDeque<>();
    String key = null;
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext() && violations.isEmpty()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.KEY_NAME) {
          key = parser.getString();
          if (values && key.indexOf('\0') >= 0) {
            violations.add(new FieldViolation(name(path, "?"), "must not contain NUL characters"));
          }
          continue;
        }
        if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          path.pop();
          indexes.pop();
          key = null;
          continue;
        }
        String here = element(path, indexes, key);
        String field = here.isEmpty() ? "body" : here;
        key = null;
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (path.size() >= MAX_DEPTH) {
              violations.add(
                  new FieldViolation(field, "is nested deeper than " + MAX_DEPTH + " levels"));
            } else {
              path.push(here);
              indexes.push(event == JsonParser.Event.START_ARRAY ? 0 : -1);
            }
          }
          case VALUE_STRING -> {
            if (values && parser.getString().indexOf('\0') >= 0) {
              violations.add(new FieldViolation(field, "must not contain NUL characters"));
            }
          }
          case VALUE_NUMBER -> {
            String text = parser.getString(); // Parsson refuses BigDecimals over 1,100 characters
            BigDecimal number = text.length() > 2 * MAX_DIGITS ? null : parser.getBigDecimal();
            boolean unreadable = text.length() > MAX_NUMBER_CHARS;
            if (unreadable
                || values
                    && (number == null
                        || (long) number.precision() - number.scale() > MAX_DIGITS
                        || number.scale() > MAX_DIGITS)) {
              violations.add(
                  new FieldViolation(
                      field, "must be a number of at most " + MAX_DIGITS + " digits"));
            }
          }
          default -> {
            // true, false, null
          }
        }
      }
    } catch (JsonException | java.util.NoSuchElementException e) {
      return violations; // not JSON: the binding answers malformed-json
    }
    return violations;
  }

  /** The name of the value that starts now: {@code parent.key} or {@code parent[index]}. */
  private static String element(Deque<String> path, Deque<Integer> indexes, String key) {
    if (path.isEmpty()) {
      return "";
    }
    String parent = path.peek();
    int index = indexes.peek();
    if (index >= 0) {
      indexes.pop();
      indexes.push(index + 1);
      return parent + "[" + index + "]";
    }
    return name(path, key == null ? "?" : key);
  }

  private static String name(Deque<String> path, String key) {
    String parent = path.isEmpty() ? "" : path.peek();
    return parent.isEmpty() ? key : parent + "." + key;
  }
}
