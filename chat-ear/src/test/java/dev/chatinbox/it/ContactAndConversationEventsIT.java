package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.OutboundWebhookIT.Endpoint;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WebhookReceiver;
import dev.chatinbox.it.support.WebhookReceiver.Received;
import dev.chatinbox.it.support.Webhooks;
import dev.chatinbox.it.support.WsClient;
import dev.chatinbox.sdk.WebhookVerifier;
import dev.chatinbox.sdk.model.WebhookEvent;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The integrator event types of contacts and new conversations (issue #19): {@code
 * conversation.created}, {@code contact.created}, {@code contact.updated}, delivered to a real
 * receiver signed (the SDK's verifier and the spec's HMAC written out in {@link
 * OutboundWebhookIT}), in commit order, with the data of {@code GET /contacts/{id}} and of the
 * conversation view; listed by {@code GET /events}; and never sent to WebSocket clients, whose
 * event types stay the spec's.
 */
class ContactAndConversationEventsIT {
  private static final String M = Seed.marker();
  private static final Instant STARTED = Instant.now().minusSeconds(1);
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Set<String> SPEC_WS_TYPES =
      Set.of("new_message", "message_status", "conversation_update", "conversation_deleted");

  private static WebhookReceiver receiver;
  private static String admin;
  private static final List<String> endpoints = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    LibertyServers.awaitReady(System.getProperty("it.base.url"));
    receiver = new WebhookReceiver();
    admin = Tokens.token("ev-admin-" + M, "ADMIN");
  }

  /** Unowned contacts are visible to every USER: ours get an owner, as other classes' do. */
  @AfterAll
  static void stop() throws Exception {
    endpoints.forEach(id -> Api.delete("/api/v1/webhook-endpoints/" + id, admin));
    receiver.close();
    try (Seed seed = new Seed()) {
      seed.adoptContactsCreatedSince("ev-admin-" + M, STARTED);
    }
  }

  private static Endpoint endpoint(String path, String types) {
    Api.Response response =
        Api.post(
            "/api/v1/webhook-endpoints",
            admin,
            "{\"url\":\"" + receiver.url(path) + "\",\"eventTypes\":" + types + "}");
    assertEquals(201, response.status(), response::toString);
    endpoints.add(response.data().getString("id"));
    return new Endpoint(response.data().getString("id"), response.data().getString("secret"));
  }

  private static String phone(int n) {
    return "+1415558" + String.format("%04d", n * 100 + (int) (ProcessHandle.current().pid() % 97));
  }

  /** Creates a contact through {@code POST /contacts}; returns its id. */
  private static String newContact(String name, String phone) {
    Api.Response created =
        Api.post(
            "/api/v1/contacts",
            admin,
            "{\"fullName\":\"" + name + "\",\"phone\":\"" + phone + "\"}");
    assertEquals(201, created.status(), created::toString);
    return created.data().getString("id");
  }

  private static Received await(String path, String type, Predicate<JsonObject> data)
      throws InterruptedException {
    Predicate<Received> wanted =
        r -> r.type().equals(type) && data.test(r.json().getJsonObject("data"));
    return receiver.await(path, l -> l.stream().anyMatch(wanted), WAIT).stream()
        .filter(wanted)
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " not delivered: " + receiver.to(path)));
  }

  private static WebhookEvent verified(Received r, Endpoint endpoint) throws Exception {
    assertTrue(OutboundWebhookIT.independentlyVerified(r, endpoint.secret()), r::toString);
    WebhookEvent event =
        WebhookVerifier.of(endpoint.secret()).verify(r.body(), OutboundWebhookIT.headers(r));
    assertEquals(r.id(), event.id());
    assertEquals(r.type(), event.type());
    return event;
  }

  @Test
  void contactAndConversationEventsAreDeliveredSignedInOrderWithTheirRestShapes() throws Exception {
    Endpoint hook =
        endpoint(
            "/entities",
            "[\"contact.created\",\"contact.updated\",\"conversation.created\","
                + "\"message.received\"]");
    try (WsClient ws = WsClient.withQueryToken(admin)) {
      ws.send("{\"action\":\"subscribe\"}");
      ws.await(f -> "subscribed".equals(f.getString("type", "")), Duration.ofSeconds(5));

      // 1. a stranger writes in: contact.created, then conversation.created, then the message
      String stranger = phone(1);
      Api.Response in =
          Webhooks.twilio(
              "/api/v1/webhooks/twilio/sms/inbound",
              Webhooks.twilioInbound(stranger, "hello " + M));
      assertEquals(200, in.status(), in::toString);
      Received strangerCreated =
          await("/entities", "contact.created", d -> stranger.equals(d.getString("phone", "")));
      String strangerId = strangerCreated.json().getJsonObject("data").getString("id");
      Received conversationCreated =
          await(
              "/entities",
              "conversation.created",
              d -> d.toString().contains(strangerId) || d.toString().contains(stranger));
      Received message =
          await("/entities", "message.received", d -> d.toString().contains("hello " + M));
      assertTrue(
          Long.parseLong(strangerCreated.id()) < Long.parseLong(conversationCreated.id())
              && Long.parseLong(conversationCreated.id()) < Long.parseLong(message.id()),
          "contact, then conversation, then message");
      WebhookEvent strangerEvent = verified(strangerCreated, hook);
      assertEquals(strangerId, strangerEvent.contact().orElseThrow().id());
      String conversationId = conversationCreated.json().getJsonObject("data").getString("id");
      assertEquals(
          conversationId,
          verified(conversationCreated, hook).conversation().orElseThrow().id(),
          "conversation.created carries the conversation view");
      assertEquals(
          Api.get("/api/v1/conversations/" + conversationId, admin).data().getString("id"),
          conversationId);

      // 2. a contact created through the API: the data is GET /contacts/{id}'s
      String contactId = newContact("Ev " + M, phone(2));
      Received contactCreated =
          await("/entities", "contact.created", d -> contactId.equals(d.getString("id")));
      verified(contactCreated, hook);
      assertEquals(
          Api.get("/api/v1/contacts/" + contactId, admin).data(),
          contactCreated.json().getJsonObject("data"),
          "contact.created data = GET /contacts/{id}");

      // 3. its correction: contact.updated with the new state
      Api.Response patched =
          Api.patch("/api/v1/contacts/" + contactId, admin, "{\"title\":\"CTO " + M + "\"}");
      assertEquals(200, patched.status(), patched::toString);
      Received titled =
          await(
              "/entities",
              "contact.updated",
              d -> contactId.equals(d.getString("id")) && d.getString("title", "").contains(M));
      assertEquals(contactId, verified(titled, hook).contact().orElseThrow().id());
      assertEquals(
          Api.get("/api/v1/contacts/" + contactId, admin).data(),
          titled.json().getJsonObject("data"),
          "contact.updated data = GET /contacts/{id} after the change");

      // 4. a conversation opened for it: conversation.created
      Api.Response opened =
          Api.post(
              "/api/v1/conversations",
              admin,
              "{\"contactId\":\"" + contactId + "\",\"channel\":\"sms\"}");
      assertEquals(201, opened.status(), opened::toString);
      String openedId = opened.data().getString("id");
      Received openedEvent =
          await("/entities", "conversation.created", d -> openedId.equals(d.getString("id")));
      verified(openedEvent, hook);

      // 5. a tag through the conversation's contact: contact.updated carries it
      Api.Response tagged =
          Api.post(
              "/api/v1/conversations/" + openedId + "/contact/tags",
              admin,
              "{\"tag\":\"vip-" + M + "\"}");
      assertTrue(tagged.status() == 200 || tagged.status() == 201, tagged::toString);
      Received tagEvent =
          await(
              "/entities",
              "contact.updated",
              d -> contactId.equals(d.getString("id")) && d.toString().contains("vip-" + M));
      assertEquals(
          Api.get("/api/v1/contacts/" + contactId, admin).data(),
          tagEvent.json().getJsonObject("data"));

      // in order: the ids the endpoint received only grow, each event once
      List<Long> ids = receiver.to("/entities").stream().map(r -> Long.parseLong(r.id())).toList();
      assertEquals(ids.stream().sorted().distinct().toList(), ids, "commit order, no repeats");
      assertTrue(
          Long.parseLong(contactCreated.id()) < Long.parseLong(titled.id())
              && Long.parseLong(titled.id()) < Long.parseLong(openedEvent.id())
              && Long.parseLong(openedEvent.id()) < Long.parseLong(tagEvent.id()));

      // the events API lists the same events with the same ids and data
      JsonArray listed =
          Api.get(
                  "/api/v1/events?after="
                      + (Long.parseLong(strangerCreated.id()) - 1)
                      + "&types=contact.created,contact.updated,conversation.created&limit=500",
                  admin)
              .json()
              .getJsonArray("data");
      List<String> listedIds = listed.stream().map(e -> e.asJsonObject().getString("id")).toList();
      for (Received r : List.of(strangerCreated, conversationCreated, contactCreated, titled)) {
        assertTrue(listedIds.contains(r.id()), r.id() + " in " + listedIds);
      }

      // WebSocket clients saw the conversations change, and no type the spec does not list
      List<JsonObject> frames = ws.collect(Duration.ofMillis(1500));
      List<String> types =
          frames.stream().map(f -> f.getString("type", "")).filter(t -> !t.equals("pong")).toList();
      assertFalse(types.isEmpty(), "the WebSocket got the changes");
      assertTrue(SPEC_WS_TYPES.containsAll(Set.copyOf(types)), "only the spec's types: " + types);
      assertTrue(
          frames.stream()
              .anyMatch(
                  f ->
                      "conversation_update".equals(f.getString("type", ""))
                          && openedId.equals(f.getJsonObject("data").getString("id", ""))),
          "the opened conversation is announced as a conversation_update, as before");
    }
  }

  @Test
  void anEndpointGetsOnlyTheNewTypesItSubscribedTo() throws Exception {
    endpoint("/contacts-only", "[\"contact.created\"]");
    String id = newContact("Only " + M, phone(3));
    Api.patch("/api/v1/contacts/" + id, admin, "{\"title\":\"x\"}");
    await("/contacts-only", "contact.created", d -> id.equals(d.getString("id")));
    Thread.sleep(1000);
    assertTrue(
        receiver.to("/contacts-only").stream().allMatch(r -> r.type().equals("contact.created")),
        () -> "only contact.created: " + receiver.to("/contacts-only"));

    Api.Response unknown =
        Api.post(
            "/api/v1/webhook-endpoints",
            admin,
            "{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[\"contact.merged\"]}");
    assertEquals(400, unknown.status(), unknown::toString);
  }

  @Test
  void deletingAContactDeletesItsConversationsAndAnnouncesEachThenTheContact() throws Exception {
    Endpoint hook = endpoint("/deleted", "[\"conversation.deleted\",\"contact.deleted\"]");
    String id = newContact("Doomed " + M, phone(4));
    List<String> conversations = new ArrayList<>();
    for (String channel : List.of("sms", "whatsapp")) {
      Api.Response opened =
          Api.post(
              "/api/v1/conversations",
              admin,
              "{\"contactId\":\"" + id + "\",\"channel\":\"" + channel + "\"}");
      assertEquals(201, opened.status(), opened::toString);
      conversations.add(opened.data().getString("id"));
    }
    // an agent who sees the (unowned) contact may not delete it: ADMIN only
    String agent = Tokens.token("ev-agent-" + M, "USER");
    assertEquals(403, Api.delete("/api/v1/contacts/" + id, agent).status());
    assertEquals(
        404, Api.delete("/api/v1/contacts/" + java.util.UUID.randomUUID(), admin).status());

    try (WsClient ws = WsClient.withQueryToken(agent)) {
      ws.send("{\"action\":\"subscribe\"}");
      ws.await(f -> "subscribed".equals(f.getString("type", "")), Duration.ofSeconds(5));
      Api.Response deleted = Api.delete("/api/v1/contacts/" + id, admin);
      assertEquals(200, deleted.status(), deleted::toString);
      // the agent's inbox drops both conversations although their contact is gone
      for (String c : conversations) {
        ws.await(
            f -> "conversation_deleted".equals(f.getString("type", "")) && f.toString().contains(c),
            WAIT);
      }
    }
    assertEquals(404, Api.get("/api/v1/contacts/" + id, admin).status());
    for (String c : conversations) {
      assertEquals(404, Api.get("/api/v1/conversations/" + c, admin).status());
    }

    List<Received> conversationEvents = new ArrayList<>();
    for (String c : conversations) {
      Received r = await("/deleted", "conversation.deleted", d -> c.equals(d.getString("id")));
      verified(r, hook);
      conversationEvents.add(r);
    }
    Received contactDeleted =
        await("/deleted", "contact.deleted", d -> id.equals(d.getString("id")));
    assertEquals(id, verified(contactDeleted, hook).contactId().orElseThrow());
    for (Received r : conversationEvents) {
      assertTrue(
          Long.parseLong(r.id()) < Long.parseLong(contactDeleted.id()),
          "each conversation's deletion before the contact's");
    }
  }
}
