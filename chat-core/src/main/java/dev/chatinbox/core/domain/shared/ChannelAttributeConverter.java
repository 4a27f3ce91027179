package dev.chatinbox.core.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores channels by their wire names ({@code SMS}, {@code WhatsApp}, {@code Email}). */
@Converter(autoApply = true)
public class ChannelAttributeConverter implements AttributeConverter<Channel, String> {
  @Override
  public String convertToDatabaseColumn(Channel value) {
    return value == null ? null : value.wireName();
  }

  @Override
  public Channel convertToEntityAttribute(String value) {
    return value == null
        ? null
        : Channel.fromWireName(value)
            .orElseThrow(() -> new IllegalStateException("Unknown channel in database: " + value));
  }
}
