package dev.chatinbox.core.domain.shared;

import java.util.Locale;
import java.util.Optional;

/** A way of reaching a contact. The wire names ({@link #wireName()}) are the spec's. */
public enum Channel {
  SMS("SMS"),
  WHATSAPP("WhatsApp"),
  EMAIL("Email");

  private final String wireName;

  Channel(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name used in the API and stored in the database: {@code SMS}, {@code WhatsApp}, {@code
   * Email}.
   */
  public String wireName() {
    return wireName;
  }

  /** Parses a wire name, ignoring case ({@code whatsapp} is accepted as {@code WhatsApp}). */
  public static Optional<Channel> fromWireName(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String lower = value.trim().toLowerCase(Locale.ROOT);
    for (Channel channel : values()) {
      if (channel.wireName.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }
}
