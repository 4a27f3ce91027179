package dev.chatinbox.core.infrastructure.demo;

import dev.chatinbox.core.domain.contact.Automation;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import dev.chatinbox.core.spi.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Seeds demo users ({@code alice} ADMIN, {@code bob} and {@code carol} USER, {@code dave} CUST),
 * contacts and conversations on SMS, WhatsApp and Email — once, into an empty database. Tokens
 * minted for those usernames match the seeded users (the username is the token subject).
 */
@ApplicationScoped
public class DemoDataSeeder implements DemoData {
  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

  private EntityManager em;
  private UserRepository users;
  private ContactRepository contacts;
  private ConversationRepository conversations;
  private MessageRepository messages;
  private Clock clock;

  protected DemoDataSeeder() {}

  @Inject
  public DemoDataSeeder(
      EntityManager em,
      UserRepository users,
      ContactRepository contacts,
      ConversationRepository conversations,
      MessageRepository messages,
      Clock clock) {
    this.em = em;
    this.users = users;
    this.contacts = contacts;
    this.conversations = conversations;
    this.messages = messages;
    this.clock = clock;
  }

  /** Seeds the demo data unless the database already has users. @return whether it seeded */
  @Transactional
  @Override
  public boolean seedIfEmpty() {
    long existing = em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
    if (existing > 0) {
      return false;
    }
    Instant now = clock.instant();
    User alice = user("alice", "Alice Admin", Role.ADMIN, now);
    User bob = user("bob", "Bob Builder", Role.USER, now);
    User carol = user("carol", "Carol Cortez", Role.USER, now);
    user("dave", "Dave Customer", Role.CUST, now);

    em.flush(); // rows are linked by id, not by JPA relationships: write parents first
    Automation onboarding = new Automation(Ids.newId(), "New customer onboarding", "active", now);
    Automation winBack = new Automation(Ids.newId(), "Win-back campaign", "paused", now);
    contacts.store(onboarding);
    contacts.store(winBack);

    Contact maria = contact("Maria Garcia", "+14155550101", "maria.garcia@example.com", now);
    maria.describe("mgarcia", "Head of Operations, Acme", null, now);
    maria.assignOwner(bob.id(), now);
    maria.follow(carol.id(), now);
    maria.tag("VIP", now);
    maria.tag("Renewal", now);
    maria.enrol(onboarding.id(), now);
    Contact james = contact("James Chen", "+447911123456", "james.chen@example.org", now);
    james.describe("jchen", "Procurement lead", null, now);
    james.assignOwner(carol.id(), now);
    james.tag("Lead", now);
    james.enrol(winBack.id(), now);
    Contact aisha = contact("Aisha Okafor", "+2348012345678", "aisha@example.net", now);
    aisha.tag("Support", now);
    Contact lukas = contact("Lukas Schmidt", "+4915112345678", "lukas.schmidt@example.de", now);
    lukas.assignOwner(alice.id(), now);
    lukas.setDnd(Channel.SMS, true, now);

    em.flush();

    Instant t = now.minus(Duration.ofHours(30));
    Conversation mariaSms = conversation(maria, Channel.SMS, t);
    inbound(mariaSms, "Hi, is my order #1042 on its way?", t.plusSeconds(60));
    outbound(
        mariaSms,
        bob,
        "Hi Maria, it shipped this morning. Tracking: 1Z999AA10123456784",
        t.plusSeconds(600),
        MessageStatus.DELIVERED);
    inbound(mariaSms, "Great, thank you!", t.plusSeconds(900));

    Conversation mariaMail = conversation(maria, Channel.EMAIL, t.plusSeconds(3600));
    Message renewal =
        outbound(
            mariaMail,
            bob,
            "Hello Maria,\n\nYour contract renews next month. Shall we book a call?\n\nBob",
            t.plusSeconds(3700),
            MessageStatus.READ);
    renewal.subject("Your renewal");

    Conversation jamesWa = conversation(james, Channel.WHATSAPP, t.plusSeconds(7200));
    inbound(jamesWa, "Could you send the updated price list?", t.plusSeconds(7300));
    outbound(jamesWa, carol, "Sure, sending it over now.", t.plusSeconds(7400), MessageStatus.READ);
    inbound(jamesWa, "Received, thanks. Let's talk Thursday.", now.minus(Duration.ofMinutes(45)));

    Conversation aishaSms = conversation(aisha, Channel.SMS, t.plusSeconds(10_000));
    inbound(aishaSms, "My app keeps logging me out", now.minus(Duration.ofMinutes(20)));
    inbound(aishaSms, "It happens on Android 14", now.minus(Duration.ofMinutes(19)));

    Conversation aishaMail = conversation(aisha, Channel.EMAIL, t.plusSeconds(12_000));
    Message failed =
        outbound(
            aishaMail,
            alice,
            "We have received your ticket #5521.",
            t.plusSeconds(12_100),
            MessageStatus.FAILED);
    failed.subject("Ticket #5521");
    failed.carrierReport("bounce", "550", "Mailbox does not exist");

    Conversation lukasSms = conversation(lukas, Channel.SMS, t.plusSeconds(14_000));
    outbound(
        lukasSms,
        alice,
        "Guten Tag Lukas, your demo account is ready.",
        t.plusSeconds(14_100),
        MessageStatus.DELIVERED);
    lukasSms.star(true, now);
    Conversation lukasWa = conversation(lukas, Channel.WHATSAPP, t.plusSeconds(15_000));
    inbound(lukasWa, "Danke! I'll try it this week.", t.plusSeconds(15_100));
    lukasWa.setUnreadCount(0, now);
    LOG.info(
        "Seeded the demo data set: users alice (ADMIN), bob, carol (USER), dave (CUST); 4 contacts, 7 conversations");
    return true;
  }

  private User user(String username, String name, Role role, Instant now) {
    User user =
        new User(
            Ids.newId(),
            username,
            username,
            name,
            username + "@team.example.com",
            Set.of(role),
            now);
    users.store(user);
    return user;
  }

  private Contact contact(String name, String phone, String email, Instant now) {
    Contact contact = new Contact(Ids.newId(), name, now);
    contact.addPhone(phone, true, now);
    contact.addEmail(email, true, now);
    contacts.store(contact);
    return contact;
  }

  private Conversation conversation(Contact contact, Channel channel, Instant createdAt) {
    Conversation conversation = new Conversation(Ids.newId(), contact.id(), channel, createdAt);
    conversations.store(conversation);
    em.flush();
    return conversation;
  }

  private void inbound(Conversation conversation, String body, Instant at) {
    Message message =
        Message.inbound(
            Ids.newId(at.toEpochMilli()), conversation.id(), conversation.channel(), body, at);
    messages.store(message);
    em.flush();
    conversation.recordMessage(message.id(), at, true, at);
  }

  private Message outbound(
      Conversation conversation, User sender, String body, Instant at, MessageStatus finalStatus) {
    UUID id = Ids.newId(at.toEpochMilli());
    Message message =
        Message.outbound(id, conversation.id(), conversation.channel(), sender.id(), body, at);
    message.advance(MessageStatus.SENT, at);
    if (finalStatus != MessageStatus.SENT) {
      message.advance(finalStatus, at.plusSeconds(5));
    }
    if (conversation.channel() != Channel.EMAIL) {
      message.carrierId("twilio", "SMdemo" + id.toString().replace("-", "").substring(0, 26));
      message.carrierReport(finalStatus.wireName(), null, null);
    } else {
      message.carrierId("sendgrid", "demo." + id);
      message.carrierReport(
          finalStatus == MessageStatus.READ ? "open" : finalStatus.wireName(), null, null);
    }
    messages.store(message);
    em.flush();
    conversation.recordMessage(message.id(), at, false, at);
    return message;
  }

  @Override
  public String tokenHint() {
    return "Mint a token: ./mint-token --user alice --roles ADMIN   (key dir "
        + dev.chatinbox.core.infrastructure.devauth.DevDefaults.keyDir()
        + ")";
  }
}
