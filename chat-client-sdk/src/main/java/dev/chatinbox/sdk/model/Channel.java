package dev.chatinbox.sdk.model;

import java.util.Locale;

/** A conversation's channel, with the spelling the API uses on the wire. */
public enum Channel {
  SMS("SMS"),
  WHATSAPP("WhatsApp"),
  EMAIL("Email");

  private final String wire;

  Channel(String wire) {
    this.wire = wire;
  }

  /** The API's spelling ({@code SMS}, {@code WhatsApp}, {@code Email}). */
  public String wire() {
    return wire;
  }

  /** Parses the wire spelling or the constant name, case-insensitively. */
  public static Channel parse(String text) {
    for (Channel c : values()) {
      if (c.wire.equalsIgnoreCase(text) || c.name().equalsIgnoreCase(text)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown channel '" + text + "' (SMS, WhatsApp, Email)".toLowerCase(Locale.ROOT));
  }
}
