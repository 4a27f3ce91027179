package dev.chatinbox.core.infrastructure.carrier;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a carrier adapter bean with its name ({@code twilio}, {@code sendgrid}, {@code sandbox}…).
 * Adapters carry this qualifier instead of {@code @Default}, so the only unqualified {@code
 * TextCarrier} and {@code EmailCarrier} are the ones {@link CarrierSelection} produces, and a new
 * carrier is found by its name without anything else knowing its class.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface CarrierAdapter {
  /**
   * The adapter's name, as configured in {@code chat.carrier.text} / {@code chat.carrier.email}.
   */
  String value();

  /** The qualifier as a value, to select an adapter by name. */
  final class Literal extends AnnotationLiteral<CarrierAdapter> implements CarrierAdapter {
    private static final long serialVersionUID = 1L;
    private final String value;

    public Literal(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }
}
