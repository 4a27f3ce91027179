package dev.chatinbox.core.application.inbound;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.contact.EmailAddresses;
import dev.chatinbox.core.domain.contact.PhoneNumbers;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.InboundEmail;
import dev.chatinbox.core.spi.carrier.InboundText;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets a team member play the contact while the sandbox carrier is in use (no Twilio or SendGrid
 * account): a simulated inbound message takes exactly the path a real one does (same service, same
 * transaction, same events), only without a carrier signature — which is why this exists only for
 * channels on the sandbox, and answers "not found" once a real carrier is configured. A caller
 * plays only contacts they may see (or new ones): an address that belongs to a contact invisible to
 * them is "not found" too, so nobody injects messages into a customer of another team member.
 */
@ApplicationScoped
public class SandboxInbound {
  private TextCarrier texts;
  private EmailCarrier emails;
  private InboundTextService inboundTexts;
  private InboundEmailService inboundEmails;
  private AccessPolicy access;
  private ContactRepository contacts;

  protected SandboxInbound() {}

  @Inject
  public SandboxInbound(
      TextCarrier texts,
      EmailCarrier emails,
      InboundTextService inboundTexts,
      InboundEmailService inboundEmails,
      AccessPolicy access,
      ContactRepository contacts) {
    this.texts = texts;
    this.emails = emails;
    this.inboundTexts = inboundTexts;
    this.inboundEmails = inboundEmails;
    this.access = access;
    this.contacts = contacts;
  }

  /**
   * Receives a message as if the contact at {@code from} had sent it on {@code channel}.
   *
   * @param subject the email subject (email only)
   */
  @Transactional
  public InboundOutcome receive(
      Caller caller, Channel channel, String from, String body, Optional<String> subject) {
    access.requireInbox(caller);
    Optional<Contact> holder =
        channel == Channel.EMAIL
            ? EmailAddresses.normalise(from).flatMap(contacts::findByEmail)
            : contacts.findByPhone(PhoneNumbers.senderAddress(from));
    Visibility visibility = access.inboxVisibility(caller);
    if (holder.isPresent()
        && !visibility.allows(holder.get().ownerId(), holder.get().followerIds())) {
      throw new ObjectNotFoundException("Contact");
    }
    String id = UUID.randomUUID().toString().replace("-", "");
    if (channel == Channel.EMAIL) {
      if (!emails.sandbox()) {
        throw new ObjectNotFoundException("Sandbox");
      }
      return inboundEmails.receive(
          new InboundEmail(
              emails.name(),
              from,
              Optional.empty(),
              "inbox@sandbox.invalid",
              subject.orElse(""),
              body,
              "",
              Optional.of("<" + id + "@sandbox.invalid>"),
              List.of(),
              List.of()));
    }
    if (!texts.sandbox()) {
      throw new ObjectNotFoundException("Sandbox");
    }
    String address = channel == Channel.WHATSAPP ? "whatsapp:" + from : from;
    return inboundTexts.receive(
        new InboundText(
            texts.name(),
            channel,
            address,
            "sandbox",
            body,
            "SMsandboxin" + id,
            Optional.empty(),
            List.of()));
  }
}
