package dev.chatinbox.core.application.startup;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a setting's value must look like: {@link #problem} says what is wrong with a value (empty
 * when it is fine) in words an operator can act on, without repeating the value.
 */
@FunctionalInterface
public interface SettingRule {
  Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
  Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

  /** What is wrong with {@code value} (never blank here), or empty when it is fine. */
  Optional<String> problem(String value);

  /** Any text. */
  static SettingRule text() {
    return value -> Optional.empty();
  }

  /** A whole number from {@code min} to {@code max}. */
  static SettingRule wholeNumber(long min, long max) {
    return value -> {
      try {
        long n = Long.parseLong(value.strip());
        return n < min || n > max
            ? Optional.of("must be a whole number from " + min + " to " + max)
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.of("is not a whole number (" + min + " to " + max + ")");
      }
    };
  }

  /** A decimal number above {@code min} (exclusive) up to {@code max}. */
  static SettingRule decimal(double minExclusive, double max) {
    return value -> {
      try {
        double n = Double.parseDouble(value.strip());
        return !(n > minExclusive && n <= max)
            ? Optional.of("must be a number above " + minExclusive + " and at most " + max)
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.of("is not a number");
      }
    };
  }

  /** {@code true} or {@code false} (any case). */
  static SettingRule bool() {
    return oneOf("true", "false");
  }

  /** One of {@code choices} (any case). */
  static SettingRule oneOf(String... choices) {
    List<String> allowed = List.of(choices);
    return value ->
        allowed.contains(value.strip().toLowerCase(Locale.ROOT))
            ? Optional.empty()
            : Optional.of("must be one of " + String.join(", ", allowed));
  }

  /**
   * A duration: milliseconds ({@code 1500}) besides ISO-8601 ({@code PT1S}) when {@code
   * millisAllowed}, from {@code min} to {@code max}.
   */
  static SettingRule duration(Duration min, Duration max, boolean millisAllowed) {
    return value -> {
      String v = value.strip();
      Duration d;
      try {
        d =
            millisAllowed && v.matches("-?\\d+")
                ? Duration.ofMillis(Long.parseLong(v))
                : Duration.parse(v);
      } catch (DateTimeParseException | NumberFormatException e) {
        return Optional.of(
            millisAllowed
                ? "is neither milliseconds nor an ISO-8601 duration"
                : "is not an ISO-8601 duration");
      }
      return d.compareTo(min) < 0 || d.compareTo(max) > 0
          ? Optional.of("must be from " + min + " to " + max)
          : Optional.empty();
    };
  }

  /** Seconds ({@code 30}) or an ISO-8601 duration, from {@code min} to {@code max}. */
  static SettingRule seconds(Duration min, Duration max) {
    return value -> {
      String v = value.strip();
      Duration d;
      try {
        d = v.matches("-?\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
      } catch (DateTimeParseException | NumberFormatException e) {
        return Optional.of("is neither seconds nor an ISO-8601 duration");
      }
      return d.compareTo(min) < 0 || d.compareTo(max) > 0
          ? Optional.of("must be from " + min + " to " + max)
          : Optional.empty();
    };
  }

  /** An absolute URL whose scheme is one of {@code schemes}, with a host. */
  static SettingRule url(String... schemes) {
    List<String> allowed = List.of(schemes);
    return value -> {
      try {
        URI uri = new URI(value.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!allowed.contains(scheme) || uri.getHost() == null) {
          return Optional.of("must be an absolute " + String.join(" or ", allowed) + " URL");
        }
        return Optional.empty();
      } catch (URISyntaxException e) {
        return Optional.of("is not a URL");
      }
    };
  }

  /** A JDBC URL ({@code jdbc:…}). */
  static SettingRule jdbcUrl() {
    return value ->
        value.strip().startsWith("jdbc:") ? Optional.empty() : Optional.of("must start with jdbc:");
  }

  /** Text matching {@code pattern} in full. */
  static SettingRule matching(String pattern, String meaning) {
    Pattern compiled = Pattern.compile(pattern);
    return value ->
        compiled.matcher(value.strip()).matches()
            ? Optional.empty()
            : Optional.of("must be " + meaning);
  }

  /** A comma-separated list whose every item passes {@code item}. */
  static SettingRule listOf(SettingRule item) {
    return value -> {
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        Optional<String> problem = item.problem(part.strip());
        if (problem.isPresent()) {
          return Optional.of("has an item that " + problem.get());
        }
      }
      return Optional.empty();
    };
  }

  /** An E.164 phone number. */
  static SettingRule phone() {
    return matching(E164.pattern(), "an E.164 number such as +14155550100");
  }

  /** An email address or {@code @domain}. */
  static SettingRule sender() {
    return value -> {
      String v = value.strip();
      return EMAIL.matcher(v).matches() || v.matches("@[^@\\s,]+\\.[^@\\s,]+")
          ? Optional.empty()
          : Optional.of("must be an email address or @domain");
    };
  }

  /** Base64 of exactly {@code bytes} bytes. */
  static SettingRule base64Key(int bytes) {
    return value -> {
      try {
        return Base64.getDecoder().decode(value.strip()).length == bytes
            ? Optional.empty()
            : Optional.of("must be base64 of " + bytes + " bytes");
      } catch (IllegalArgumentException e) {
        return Optional.of("is not base64");
      }
    };
  }

  /** A readable file. */
  static SettingRule readableFile() {
    return value ->
        new File(value.strip()).canRead()
            ? Optional.empty()
            : Optional.of("is not a readable file");
  }
}
