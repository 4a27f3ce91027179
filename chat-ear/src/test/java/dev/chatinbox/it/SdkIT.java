package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.sdk.ChatApiException;
import dev.chatinbox.sdk.ChatClient;
import dev.chatinbox.sdk.ConversationQuery;
import dev.chatinbox.sdk.Page;
import dev.chatinbox.sdk.model.Channel;
import dev.chatinbox.sdk.model.Contact;
import dev.chatinbox.sdk.model.ContactDetails;
import dev.chatinbox.sdk.model.Conversation;
import dev.chatinbox.sdk.model.ManualAction;
import dev.chatinbox.sdk.model.Message;
import dev.chatinbox.sdk.model.NewContact;
import dev.chatinbox.sdk.model.NewUser;
import dev.chatinbox.sdk.model.OutgoingEmail;
import dev.chatinbox.sdk.model.Person;
import dev.chatinbox.sdk.model.User;
import dev.chatinbox.sdk.model.UserUpdate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client SDK against the running server, one test per operation group. */
class SdkIT {
  private static final String M = Seed.marker();
  private static final int PAGED = 7;
  private static ChatClient user;
  private static ChatClient admin;
  private static UUID ownerId;
  private static UUID otherId;
  private static UUID chatty;
  private static UUID talker;
  private static String chattyPhone;
  private static List<UUID> conversations;

  static String phone() {
    return "+1415" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
  }

  @BeforeAll
  static void seed() throws Exception {
    ItCarrier.get();
    Instant now = Instant.now();
    try (Seed seed = new Seed()) {
      ownerId = seed.user("sdk-" + M, "Sdk " + M, "USER");
      otherId = seed.user("sdkother-" + M, "Other " + M, "USER");
      seed.user("sdkadmin-" + M, "Admin " + M, "ADMIN");
      conversations = new java.util.ArrayList<>();
      for (int i = 0; i < PAGED; i++) {
        UUID contact = seed.contact("Pager " + i + " " + M, phone(), null, ownerId);
        UUID c = seed.conversation(contact, "SMS", 1, false, now.minusSeconds(600));
        seed.message(c, "SMS", "contact", null, "hello " + i, now.minusSeconds(500 - i), null);
        conversations.add(c);
      }
      chattyPhone = phone();
      talker = seed.contact("Chatty " + M, chattyPhone, "chatty." + M + "@example.com", ownerId);
      chatty = seed.conversation(talker, "SMS", 3, false, now.minusSeconds(900));
      for (int i = 0; i < 7; i++) {
        seed.message(chatty, "SMS", "contact", null, "line " + i, now.minusSeconds(300 - i), null);
      }
    }
    user = client(Tokens.token("sdk-" + M, "USER"));
    admin = client(Tokens.token("sdkadmin-" + M, "ADMIN"));
  }

  private static ChatClient client(String token) {
    return ChatClient.builder().baseUrl(Api.BASE).token(token).build();
  }

  @Test
  void conversationsPageThroughMoreThanTwoPagesAndChange() {
    ConversationQuery query = ConversationQuery.all().pageSize(3);
    Page<Conversation> first = user.conversations().list(query, 1);
    assertEquals(PAGED + 1, first.total());
    assertEquals(3, first.items().size());
    assertTrue(first.hasMore());
    List<Conversation> all = user.conversations().stream(query).toList();
    assertEquals(PAGED + 1, all.size(), "3 pages of 3, 3 and 2");
    assertEquals(PAGED + 1, all.stream().map(Conversation::id).distinct().count());
    assertFalse(user.conversations().list(query, 3).hasMore());

    String id = conversations.get(0).toString();
    Conversation one = user.conversations().get(id);
    assertEquals("Pager 0 " + M, one.fullName());
    assertNotNull(one.contact());
    assertTrue(user.conversations().star(id, true).starred());
    assertEquals(0, user.conversations().markRead(id).unreadCount());
    assertEquals(1, user.conversations().stream(ConversationQuery.all().filter("starred")).count());

    String doomed = conversations.get(PAGED - 1).toString();
    admin.conversations().delete(doomed);
    ChatApiException gone =
        assertThrows(ChatApiException.class, () -> user.conversations().get(doomed));
    assertEquals(404, gone.status());
    assertNotNull(gone.type());
    assertNotNull(gone.title());
    assertTrue(gone.instance().endsWith(doomed), gone.instance());
  }

  @Test
  void problemJsonSurfacesAsChatApiExceptionWithItsFields() {
    ChatApiException bad =
        assertThrows(
            ChatApiException.class,
            () -> user.conversations().list(ConversationQuery.all().filter("bogus"), 1));
    assertEquals(400, bad.status());
    assertEquals("/problems/validation", bad.type(), bad::toString);
    assertNotNull(bad.title());
    assertEquals("/api/v1/conversations", bad.instance());
    assertEquals(
        Set.of("filter"),
        bad.errors().stream().map(ChatApiException.FieldError::field).collect(Collectors.toSet()));

    ChatApiException invalid =
        assertThrows(
            ChatApiException.class,
            () -> user.messages().sendSms(chatty.toString(), "not-a-number", "hi", null));
    assertTrue(invalid.status() == 400 || invalid.status() == 422, invalid::toString);
    assertFalse(invalid.errors().isEmpty(), invalid::toString);

    ChatApiException forbidden =
        assertThrows(
            ChatApiException.class,
            () ->
                user.users()
                    .create(new NewUser("x" + M, "X", "x@example.com", List.of("USER"), null)));
    assertEquals(403, forbidden.status());
  }

  @Test
  void messagesPageAndSendNowOrLater() {
    List<Message> history = user.messages().stream(chatty.toString(), 3).toList();
    assertEquals(7, history.size(), "three pages of messages");
    assertEquals("line 6", history.get(0).text(), "newest first");

    Message sms = user.messages().sendSms(chatty.toString(), chattyPhone, "From the SDK", null);
    assertEquals("queued", sms.status());
    Instant later = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    Message scheduled = user.messages().sendSms(chatty.toString(), chattyPhone, "Tomorrow", later);
    assertEquals("scheduled", scheduled.status());
    assertEquals(later, scheduled.scheduledAt());
    Conversation email = user.conversations().open(talker.toString(), Channel.EMAIL);
    assertEquals(Channel.EMAIL, email.channel());
    Message mail =
        user.messages()
            .sendEmail(
                email.id(),
                new OutgoingEmail(
                    "Support",
                    "support@example.com",
                    "chatty." + M + "@example.com",
                    "Hi",
                    "Body",
                    later));
    assertEquals("scheduled", mail.status());
  }

  @Test
  void contactsCreateListTagAndFollow() {
    Contact created =
        user.contacts()
            .create(
                new NewContact(
                    "Created " + M,
                    "created." + M + "@example.com",
                    null,
                    "CTO",
                    ownerId.toString()));
    assertNotNull(created.id());
    List<Contact> found = user.contacts().stream(M, 2).toList();
    assertTrue(found.stream().anyMatch(c -> c.id().equals(created.id())), found::toString);
    assertTrue(found.size() > 2 * 2, "walked more than two pages: " + found.size());

    String conversation = chatty.toString();
    ContactDetails details = user.contacts().get(conversation);
    assertEquals(chattyPhone, details.phone());
    assertEquals(List.of("vip"), user.contacts().tag(conversation, "vip").tags());
    assertEquals(List.of(), user.contacts().untag(conversation, "vip").tags());
    ContactDetails followed = user.contacts().follow(conversation, otherId.toString());
    assertTrue(
        followed.followers().stream().map(Person::id).anyMatch(otherId.toString()::equals),
        followed::toString);
    assertTrue(user.contacts().unfollow(conversation, otherId.toString()).followers().isEmpty());
  }

  @Test
  void usersListCreateUpdate() {
    assertTrue(user.users().list(false).stream().anyMatch(u -> u.id().equals(ownerId.toString())));
    User created =
        admin
            .users()
            .create(
                new NewUser(
                    "new" + M, "New " + M, "new." + M + "@example.com", List.of("USER"), null));
    assertEquals("new" + M, created.username());
    User renamed = admin.users().update(created.id(), new UserUpdate("Renamed " + M, null, null));
    assertEquals("Renamed " + M, renamed.name());
    assertFalse(admin.users().update(created.id(), new UserUpdate(null, null, false)).active());
    assertTrue(admin.users().list(true).stream().anyMatch(u -> u.id().equals(created.id())));
  }

  @Test
  void actionsCreateListComplete() {
    String conversation = conversations.get(1).toString();
    ManualAction a = user.actions().create(conversation, "Call back " + M, null);
    assertEquals("pending", a.status());
    assertTrue(
        user.actions().stream("pending", 2).anyMatch(x -> x.id().equals(a.id())),
        "found by the auto-paging stream");
    ManualAction done = user.actions().setStatus(a.id(), "completed");
    assertEquals("completed", done.status());
    assertNotNull(done.completedAt());
  }

  @Test
  void eventsDeliverANewMessageAndResumeAfterTheLastOne() throws Exception {
    java.util.concurrent.BlockingQueue<dev.chatinbox.sdk.model.ChatEvent> received =
        new java.util.concurrent.LinkedBlockingQueue<>();
    String conversation = chatty.toString();
    String firstId;
    try (dev.chatinbox.sdk.EventSubscription live =
        user.events().subscribe(conversation, received::add)) {
      assertTrue(live.awaitSubscribed(java.time.Duration.ofSeconds(10)));
      String sent = user.messages().sendSms(conversation, chattyPhone, "live " + M, null).id();
      dev.chatinbox.sdk.model.ChatEvent event = null;
      while (event == null || !event.type().equals("new_message")) {
        event = received.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        assertNotNull(event, "a new_message arrives");
      }
      assertEquals(sent, event.message().orElseThrow().id());
      assertEquals(conversation, event.conversationId());
      firstId = event.id();
    }
    user.conversations().star(conversation, true); // happens while nobody listens
    received.clear();
    try (dev.chatinbox.sdk.EventSubscription resumed =
        user.events().resume(conversation, firstId, received::add)) {
      assertTrue(resumed.awaitSubscribed(java.time.Duration.ofSeconds(10)));
      boolean sawStar = false;
      dev.chatinbox.sdk.model.ChatEvent event;
      while ((event = received.poll(3, java.util.concurrent.TimeUnit.SECONDS)) != null) {
        assertTrue(Long.parseLong(event.id()) > Long.parseLong(firstId), "only what came after");
        sawStar |=
            event.type().equals("conversation_update")
                && event.conversation().map(c -> c.starred()).orElse(false);
      }
      assertTrue(sawStar, "the missed update is replayed");
    }
  }

  @Test
  void scheduledMessagesAreListedAndCancelledOnce() {
    String conversation = chatty.toString();
    Instant at = Instant.now().plus(java.time.Duration.ofDays(3));
    String id = user.messages().sendSms(conversation, chattyPhone, "later " + M, at).id();
    List<dev.chatinbox.sdk.model.Message> listed =
        user.scheduled().stream(conversation, "scheduled", 50).toList();
    assertTrue(listed.stream().anyMatch(m -> m.id().equals(id)), listed::toString);
    assertEquals("cancelled", user.scheduled().cancel(id));
    ChatApiException again =
        assertThrows(ChatApiException.class, () -> user.scheduled().cancel(id));
    assertEquals(409, again.status());
    assertTrue(
        user.scheduled().stream(conversation, "scheduled", 50).noneMatch(m -> m.id().equals(id)));
  }
}
