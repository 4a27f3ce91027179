package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.action.ManualActionStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores manual action statuses by their lower-case wire names. */
@Converter(autoApply = true)
public class ManualActionStatusAttributeConverter
    implements AttributeConverter<ManualActionStatus, String> {
  @Override
  public String convertToDatabaseColumn(ManualActionStatus value) {
    return value == null ? null : value.wireName();
  }

  @Override
  public ManualActionStatus convertToEntityAttribute(String value) {
    return value == null
        ? null
        : ManualActionStatus.fromWireName(value)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Unknown manual action status in database: " + value));
  }
}
