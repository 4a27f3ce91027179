package dev.chatinbox.core.application.messaging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The email senders a deployment may use ({@code chat.sendgrid.verified-senders}): addresses, or
 * {@code @domain} for every address of a domain, compared without case. The one place this rule
 * lives: sends are validated with it, and the start-up log describes it.
 *
 * <p>An empty list allows any sender — sensible only with the sandbox carrier; production lists the
 * senders verified in SendGrid (SendGrid refuses the others, after the message was stored).
 */
public final class VerifiedSenders {
  private static final VerifiedSenders ANYONE = new VerifiedSenders(Set.of());

  private final Set<String> entries;

  private VerifiedSenders(Set<String> entries) {
    this.entries = entries;
  }

  /** Comma-separated addresses and {@code @domain}s; null or blank: any sender. */
  public static VerifiedSenders parse(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return ANYONE;
    }
    return new VerifiedSenders(
        Arrays.stream(commaSeparated.split(","))
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Whether {@code fromEmail} may be used as a sender: it is listed, or its domain is listed as
   * {@code @domain} (exactly: a listed domain does not cover its subdomains).
   */
  public boolean allows(String fromEmail) {
    if (entries.isEmpty()) {
      return true;
    }
    if (fromEmail == null) {
      return false;
    }
    String lower = fromEmail.strip().toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    return entries.contains(lower) || (at >= 0 && entries.contains(lower.substring(at)));
  }

  /** The listed addresses and {@code @domain}s, lower-cased; empty when any sender is allowed. */
  public Set<String> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return entries.isEmpty() ? "any sender" : entries.toString();
  }
}
