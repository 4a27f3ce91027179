package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.domain.contact.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Rules of outbound messaging that deployments may tune (MicroProfile Config). */
@ApplicationScoped
public class OutboundSettings {
  private VerifiedSenders verifiedSenders;
  private Set<String> textSenders = Set.of();
  private long maxAttachmentBytes;
  private long maxAttachmentsTotalBytes;
  private Duration scheduleHorizon;
  private String publicBaseUrl;

  protected OutboundSettings() {}

  @Inject
  public OutboundSettings(
      @ConfigProperty(name = "chat.sendgrid.verified-senders")
          java.util.Optional<String> verifiedSenders,
      @ConfigProperty(name = "chat.email.max-attachment-bytes", defaultValue = "10485760")
          long maxAttachmentBytes,
      @ConfigProperty(name = "chat.email.max-attachments-total-bytes", defaultValue = "31457280")
          long maxAttachmentsTotalBytes,
      @ConfigProperty(name = "chat.schedule.horizon", defaultValue = "P365D") String horizon,
      @ConfigProperty(name = "chat.public-base-url") java.util.Optional<String> publicBaseUrl,
      @ConfigProperty(name = "chat.twilio.verified-senders") java.util.Optional<String> textSenders,
      @ConfigProperty(name = "chat.twilio.sms-from") java.util.Optional<String> smsFrom,
      @ConfigProperty(name = "chat.twilio.whatsapp-from") java.util.Optional<String> whatsappFrom) {
    this(
        verifiedSenders.orElse(""),
        maxAttachmentBytes,
        maxAttachmentsTotalBytes,
        horizon(horizon),
        publicBaseUrl.orElse(""));
    this.textSenders =
        textSenders(
            textSenders.orElse("") + "," + smsFrom.orElse("") + "," + whatsappFrom.orElse(""));
  }

  /**
   * The SMS/WhatsApp senders a send may name as {@code from}: {@code chat.twilio.verified-senders}
   * (comma-separated numbers, E.164, {@code whatsapp:} prefix allowed) plus the configured default
   * senders, each normalised where it parses.
   */
  static Set<String> textSenders(String commaSeparated) {
    Set<String> numbers = new java.util.LinkedHashSet<>();
    for (String entry : commaSeparated.split(",")) {
      if (!entry.isBlank()) {
        numbers.add(PhoneNumbers.senderAddress(entry));
      }
    }
    return Set.copyOf(numbers);
  }

  /**
   * Whether a send may name this (normalised) number as its sender: it is a verified or a default
   * sender — or none is configured at all (the sandbox, a Messaging Service only).
   */
  public boolean textSenderAllowed(String e164) {
    return textSenders.isEmpty() || textSenders.contains(e164);
  }

  /** Settings given directly (tests, tools), the horizon in days. */
  public OutboundSettings(
      String verifiedSenders,
      long maxAttachmentBytes,
      long maxAttachmentsTotalBytes,
      int horizonDays,
      String publicBaseUrl) {
    this(
        verifiedSenders,
        maxAttachmentBytes,
        maxAttachmentsTotalBytes,
        Duration.ofDays(horizonDays),
        publicBaseUrl);
  }

  /** Settings given directly (tests, tools). Empty strings mean "not set". */
  public OutboundSettings(
      String verifiedSenders,
      long maxAttachmentBytes,
      long maxAttachmentsTotalBytes,
      Duration scheduleHorizon,
      String publicBaseUrl) {
    this.verifiedSenders = VerifiedSenders.parse(verifiedSenders);
    this.maxAttachmentBytes = maxAttachmentBytes;
    this.maxAttachmentsTotalBytes = maxAttachmentsTotalBytes;
    if (scheduleHorizon.isNegative() || scheduleHorizon.isZero()) {
      throw new IllegalArgumentException("chat.schedule.horizon must be positive");
    }
    this.scheduleHorizon = scheduleHorizon;
    this.publicBaseUrl =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
  }

  /**
   * {@code chat.schedule.horizon}: an ISO 8601 duration such as {@code P365D} or {@code PT72H}. A
   * bad value stops the start rather than silently falling back.
   */
  public static Duration horizon(String value) {
    try {
      return Duration.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "chat.schedule.horizon must be an ISO 8601 duration such as P365D, not '" + value + "'",
          e);
    }
  }

  /** Whether an email sender may be used ({@link VerifiedSenders#allows}). */
  public boolean senderAllowed(String email) {
    return verifiedSenders.allows(email);
  }

  /** The configured verified senders. */
  public VerifiedSenders verifiedSenders() {
    return verifiedSenders;
  }

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  public long maxAttachmentsTotalBytes() {
    return maxAttachmentsTotalBytes;
  }

  /** How far ahead a message may be scheduled. */
  public Duration scheduleHorizon() {
    return scheduleHorizon;
  }

  /**
   * The public base URL carriers call back ({@code chat.public-base-url}, e.g. {@code
   * https://inbox.example.com}); empty when the server is not reachable from outside.
   */
  public java.util.Optional<String> publicBaseUrl() {
    return publicBaseUrl.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(publicBaseUrl);
  }
}
