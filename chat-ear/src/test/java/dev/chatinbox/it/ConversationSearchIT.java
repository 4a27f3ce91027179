package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec 4.1: GET /conversations/search over contact data and message text, ranked. */
class ConversationSearchIT {
  private static final String M = Seed.marker();
  private static String token;
  private static UUID quentinSms;
  private static UUID quentinMail;
  private static UUID rosaWa;

  @BeforeAll
  static void seed() throws Exception {
    Instant now = Instant.now();
    try (Seed seed = new Seed()) {
      UUID me = seed.user("searcher-" + M, "Searcher " + M, "USER");
      UUID quentin =
          seed.contact("Quentin Blackwood", "+15035550177", "quentin." + M + "@example.com", me);
      quentinSms = seed.conversation(quentin, "SMS", 1, false, now.minus(Duration.ofDays(2)));
      seed.message(
          quentinSms,
          "SMS",
          "contact",
          null,
          "The invoice is wrong",
          now.minus(Duration.ofHours(3)),
          null);
      quentinMail = seed.conversation(quentin, "Email", 0, true, now.minus(Duration.ofDays(2)));
      UUID rosa = seed.contact("Rosa Parkinson", "+15035550188", null, me);
      rosaWa = seed.conversation(rosa, "WhatsApp", 0, false, now.minus(Duration.ofDays(1)));
      seed.message(
          rosaWa,
          "WhatsApp",
          "contact",
          null,
          "Please resend the zebrafish protocol",
          now.minus(Duration.ofHours(1)),
          null);
      UUID hidden =
          seed.contact(
              "Hidden Zebrafish",
              "+15035550199",
              null,
              seed.user("searcher-other-" + M, "O", "USER"));
      UUID hiddenConversation = seed.conversation(hidden, "SMS", 0, false, now);
      seed.message(hiddenConversation, "SMS", "contact", null, "zebrafish", now, null);
    }
    token = Tokens.token("searcher-" + M, "USER");
  }

  private static List<String> search(String query) {
    Api.Response response = Api.get("/api/v1/conversations/search?" + query, token);
    assertEquals(200, response.status(), response::toString);
    return response.json().getJsonArray("data").stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void findsAWordThatAppearsOnlyInAMessageBody() {
    assertEquals(
        List.of(rosaWa.toString()), search(q("zebrafish")), "never the invisible conversation");
    assertEquals(List.of(quentinSms.toString()), search(q("invoice")));
  }

  @Test
  void findsByPartialPhoneNameAndEmail() {
    assertEquals(
        List.of(quentinSms.toString(), quentinMail.toString()).stream().sorted().toList(),
        search(q("503 555 0177")).stream().sorted().toList());
    assertEquals(2, search(q("blackwood")).size());
    assertEquals(2, search(q("quentin." + M)).size());
  }

  @Test
  void findsAMisspeltName() {
    List<String> found = search(q("Blackwod"));
    assertTrue(found.contains(quentinSms.toString()), "Blackwod finds Blackwood: " + found);
  }

  @Test
  void filterAndChannelNarrowTheResult() {
    assertEquals(List.of(quentinMail.toString()), search(q("blackwood") + "&filter=starred"));
    assertEquals(List.of(quentinSms.toString()), search(q("blackwood") + "&channel=SMS"));
    assertEquals(List.of(quentinSms.toString()), search(q("blackwood") + "&filter=unread"));
  }

  @Test
  void metacharactersAreLiteralAndInputIsChecked() {
    assertEquals(List.of(), search(q("%")));
    assertEquals(List.of(), search(q("_")));
    assertEquals(List.of(), search(q("' OR ''='")));
    assertEquals(List.of(), search(q("\\")));
    for (String bad :
        new String[] {
          "", "q=", "q=" + "a".repeat(201), q("x") + "&filter=nope", q("x") + "&channel=Pager"
        }) {
      Api.Response response = Api.get("/api/v1/conversations/search?" + bad, token);
      assertEquals(400, response.status(), bad + " -> " + response);
      assertEquals("/problems/validation", response.json().getString("type"));
    }
  }

  @Test
  void theLiteralPathIsNotTakenForAConversationId() {
    Api.Response response = Api.get("/api/v1/conversations/search?" + q("blackwood"), token);
    assertEquals(200, response.status());
    assertTrue(
        response.json().get("data").getValueType() == jakarta.json.JsonValue.ValueType.ARRAY);
  }
}
