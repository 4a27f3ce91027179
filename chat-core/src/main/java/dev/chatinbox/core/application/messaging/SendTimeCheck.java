package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.shared.Channel;
import java.util.Optional;

/**
 * What is checked again when the outbox is about to send a message, because it may have changed
 * since the message was accepted — hours or months earlier for a scheduled one: the contact may
 * have opted out (do-not-disturb), or the recipient may no longer be one of the contact's addresses
 * (we are not an open relay). A refused message is failed with the reason, never sent.
 */
public final class SendTimeCheck {
  /** {@code metadata.errorCode} of a message the contact's do-not-disturb stopped. */
  public static final String DND = "DND";

  /** {@code metadata.errorCode} of a message whose recipient left the contact's addresses. */
  public static final String RECIPIENT_REMOVED = "RECIPIENT_REMOVED";

  /** Why a message may not go: an error code and a sentence for people. */
  public record Refusal(String code, String reason) {}

  private SendTimeCheck() {}

  /** Why {@code message} may not be sent to {@code contact} now, if it may not. */
  public static Optional<Refusal> refusal(Message message, Contact contact) {
    Channel channel = message.channel();
    if (contact.doNotDisturb(channel)) {
      return Optional.of(
          new Refusal(
              DND, "Not sent: the contact asked not to be messaged on " + channel.wireName()));
    }
    Optional<String> to = message.toAddress();
    boolean known =
        to.isPresent()
            && (channel == Channel.EMAIL
                ? contact.emails().stream().anyMatch(e -> e.email().equals(to.get()))
                : contact.phones().stream().anyMatch(p -> p.phone().equals(to.get())));
    if (!known) {
      return Optional.of(
          new Refusal(
              RECIPIENT_REMOVED,
              "Not sent: the recipient is no longer one of the contact's "
                  + (channel == Channel.EMAIL ? "email addresses" : "phone numbers")));
    }
    return Optional.empty();
  }
}
