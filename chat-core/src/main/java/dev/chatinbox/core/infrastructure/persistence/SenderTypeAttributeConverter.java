package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.message.SenderType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores sender types as {@code user}, {@code contact}, {@code system}. */
@Converter(autoApply = true)
public class SenderTypeAttributeConverter implements AttributeConverter<SenderType, String> {
  @Override
  public String convertToDatabaseColumn(SenderType value) {
    return value == null ? null : value.wireName();
  }

  @Override
  public SenderType convertToEntityAttribute(String value) {
    return value == null ? null : SenderType.valueOf(value.toUpperCase(Locale.ROOT));
  }
}
