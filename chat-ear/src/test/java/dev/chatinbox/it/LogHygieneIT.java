package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.RawHttp;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import dev.chatinbox.it.support.WsClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing secret or personal reaches the server's logs (issue #17, finding 1): after bad tokens,
 * WebSocket frames over the size limit (each way of passing the token, the query string included),
 * refused webhooks and failing requests, no file under the server's logs directory — messages.log,
 * console.log, trace, FFDC incidents and summaries — holds a JWT, or the phone number, email
 * address or message text this test used.
 */
class LogHygieneIT {
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
  private static final Path LOGS =
      Path.of(
          System.getProperty("it.wlp.dir", "target/liberty/wlp"),
          "usr/servers",
          System.getProperty("it.server.name", "chatServerIT"),
          "logs");

  private final String marker = Seed.marker();
  private final String phone = "+1415559" + String.format("%04d", (int) (Math.random() * 10_000));
  private final String email = "hygiene." + marker + "@example.com";
  private final String body = "Secret body " + marker;

  @Test
  void noTokenPhoneEmailOrMessageTextInAnyLogFile() throws Exception {
    ItCarrier.get();
    UUID conversation;
    try (Seed seed = new Seed()) {
      UUID owner = seed.user("hyg-owner-" + marker, "Hygiene Owner", "USER");
      UUID contact = seed.contact("Hygiene " + marker, phone, email, owner);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    String admin = Tokens.token("hyg-admin-" + marker, "ADMIN");
    String conv = "/api/v1/conversations/" + conversation;

    // bad tokens, their payloads carrying the email address
    for (String bad :
        List.of(
            Tokens.badlySigned(email, "ADMIN"),
            Tokens.expired(email, "ADMIN"),
            Tokens.wrongIssuer(email, "ADMIN"),
            "not.a.jwt")) {
      assertEquals(401, Api.get("/api/v1/conversations", bad).status());
      try (WsClient ws = WsClient.withQueryToken(bad)) {
        assertEquals(1008, ws.closeCode(Duration.ofSeconds(10)));
      }
    }

    // one frame over the WebSocket size limit (closed 1009), the valid token passed each way
    for (Map<String, String> way :
        List.of(
            Map.of("query", "?token=" + admin),
            Map.of("Authorization", "Bearer " + admin),
            Map.of("Sec-WebSocket-Protocol", "bearer, " + admin))) {
      Map<String, String> headers = new java.util.HashMap<>(way);
      String query = headers.containsKey("query") ? headers.remove("query") : "";
      assertEquals(
          1009, RawHttp.oneLargeWebSocketFrame(query, headers, 200_000), way.keySet()::toString);
    }
    // and a message over the limit in several frames (as the JDK client sends it): an error frame
    try (WsClient ws = WsClient.withQueryToken(admin)) {
      ws.send("{\"action\":\"ping\",\"pad\":\"" + "x".repeat(80_000) + "\"}");
      assertEquals(
          "too-large",
          ws.await(f -> "error".equals(f.getString("type")), Duration.ofSeconds(10))
              .getJsonObject("data")
              .getString("code"));
    }

    // refused webhooks carrying the phone, the email and the text
    Map<String, String> inbound = Map.of("From", phone, "To", "+15005550006", "Body", body);
    assertEquals(
        403, Webhooks.twilio("/api/v1/webhooks/twilio/sms/inbound", inbound, "bad").status());
    assertEquals(
        403,
        Webhooks.sendGrid("[{\"email\":\"" + email + "\",\"event\":\"delivered\"}]", "bad", "1")
            .status());
    assertEquals(
        403, Webhooks.inboundEmail("?token=wrong", Map.of("from", email, "text", body)).status());

    // failing requests that carry the same data
    assertEquals(
        409,
        Api.post(
                "/api/v1/contacts",
                admin,
                "{\"fullName\":\"Dup " + marker + "\",\"phone\":\"" + phone + "\"}")
            .status());
    assertEquals(
        400,
        Api.post(conv + "/messages/sms", admin, "{\"message\":\"" + body + "\",\"to\":\"+19999\"}")
            .status());
    assertEquals(
        400,
        Api.post(conv + "/messages/sms", admin, "{\"message\":\"" + body + "\\u0000\"}").status());
    assertEquals(400, Api.get("/api/v1/conversations?search=" + email + "%00", admin).status());
    assertEquals(
        404,
        Api.post(
                "/api/v1/conversations/" + UUID.randomUUID() + "/messages/sms",
                admin,
                "{\"message\":\"" + body + "\"}")
            .status());
    // and a send that works, through the carrier
    assertEquals(
        201,
        Api.post(
                conv + "/messages/sms",
                admin,
                "{\"message\":\"" + body + "\",\"to\":\"" + phone + "\"}")
            .status());

    Thread.sleep(2_000); // the outbox's call and the log writers
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(LOGS)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = read(file);
        String name = LOGS.relativize(file).toString();
        if (JWT.matcher(text).find()) {
          found.add(name + ": a JWT");
        }
        for (String secret : List.of(phone, phone.substring(1), email, body)) {
          if (text.contains(secret)) {
            found.add(name + ": " + secret);
          }
        }
      }
    }
    assertTrue(found.isEmpty(), () -> "logged: " + found);
    String messages = read(LOGS.resolve("messages.log"));
    assertTrue(
        !messages.contains("webhook request: signature or secret did not match"),
        "refused webhooks are counted, not logged one by one");
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
