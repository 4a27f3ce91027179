package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.message.MessageStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores message statuses by their lower-case wire names. */
@Converter(autoApply = true)
public class MessageStatusAttributeConverter implements AttributeConverter<MessageStatus, String> {
  @Override
  public String convertToDatabaseColumn(MessageStatus value) {
    return value == null ? null : value.wireName();
  }

  @Override
  public MessageStatus convertToEntityAttribute(String value) {
    return value == null
        ? null
        : MessageStatus.fromWireName(value)
            .orElseThrow(
                () -> new IllegalStateException("Unknown message status in database: " + value));
  }
}
