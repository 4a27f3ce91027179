package dev.chatinbox.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures → 400 {@code /problems/validation}. The field is the last node of the
 * property path (the body field or parameter name), not the Java method path.
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {
  @Override
  protected Problem problem(ConstraintViolationException e, String instance) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.problem(
        ProblemType.VALIDATION, "One or more fields are invalid", instance, errors);
  }

  private static String field(ConstraintViolation<?> violation) {
    String name = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        name = node.getName();
      }
    }
    return name == null ? "body" : name;
  }
}
