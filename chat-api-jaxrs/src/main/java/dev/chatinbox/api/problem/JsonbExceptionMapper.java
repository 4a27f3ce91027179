package dev.chatinbox.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body JSON-B could not bind. A property the request type does not have (unknown or
 * read-only: no mass assignment) is a validation problem naming it; anything else is malformed
 * JSON.
 */
@Provider
public class JsonbExceptionMapper extends ProblemMapper<JsonbException> {
  /** Yasson's message for a property the target type lacks (fail-on-unknown-properties). */
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("Json property (\\S+) can not be mapped to a class");

  @Override
  protected Problem problem(JsonbException e, String instance) {
    if (JsonFailures.isTooLarge(e)) {
      return Problems.problem(
          ProblemType.PAYLOAD_TOO_LARGE,
          "The request body is larger than the server accepts",
          instance,
          null);
    }
    Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(e.getMessage()));
    if (unknown.find()) {
      return Problems.problem(
          ProblemType.VALIDATION,
          "One or more fields are invalid",
          instance,
          List.of(new FieldError(unknown.group(1), "unknown or read-only field")));
    }
    return Problems.problem(
        ProblemType.MALFORMED_JSON,
        "The request body could not be read as JSON of the expected shape",
        instance,
        null);
  }
}
