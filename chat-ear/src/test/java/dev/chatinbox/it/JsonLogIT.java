package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
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
 * {@code CHAT_LOG_FORMAT=json} (issue #20): a server started with it writes its console and
 * messages.log as one JSON object per line from the first line on; after failed JWTs, a send and
 * carrier webhooks, every line parses and no file of the logs directory holds a token, the phone
 * number, the email address or the message text.
 */
class JsonLogIT {
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
  private static final String NODE = "chatServerJsonLog";
  private static final int HTTP = Integer.getInteger("it.node2.http.port", 19081);
  private static final int HTTPS = Integer.getInteger("it.node2.https.port", 19444);
  private static final String BASE = "http://localhost:" + HTTP;

  private final String marker = Seed.marker();
  private final String phone = "+1415558" + String.format("%04d", (int) (Math.random() * 10_000));
  private final String email = "jsonlog." + marker + "@example.com";
  private final String body = "Json log body " + marker;

  @Test
  void everyLineIsJsonAndNothingPersonalIsLogged() throws Exception {
    ItCarrier.get();
    UUID conversation;
    try (Seed seed = new Seed()) {
      UUID owner = seed.user("jsonlog-" + marker, "Json Log Owner", "USER");
      UUID contact = seed.contact("Json Log " + marker, phone, email, owner);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    Path server = LibertyServers.copy(NODE, HTTP, HTTPS, Map.of());
    Path env = server.resolve("server.env");
    Files.writeString(env, "CHAT_LOG_FORMAT=json\n" + Files.readString(env));
    Path logs = server.resolve("logs");
    try {
      LibertyServers.start(NODE);
      LibertyServers.awaitReady(BASE);
      String owner = Tokens.token("jsonlog-" + marker, "USER");
      for (String bad :
          List.of(
              Tokens.badlySigned(email, "ADMIN"),
              Tokens.expired(email, "ADMIN"),
              Tokens.wrongIssuer(email, "ADMIN"))) {
        assertEquals(401, call("GET", "/api/v1/conversations", bad, null).status());
      }
      String sms = "/api/v1/conversations/" + conversation + "/messages/sms";
      assertEquals(
          201,
          call("POST", sms, owner, "{\"message\":\"" + body + "\",\"to\":\"" + phone + "\"}")
              .status());
      assertEquals(
          400, call("POST", sms, owner, "{\"message\":\"" + body + "\",\"to\":\"+1\"}").status());
      Map<String, String> inbound = Webhooks.twilioInbound(phone, body);
      assertEquals(200, twilio(inbound, true).status());
      assertEquals(403, twilio(inbound, false).status());
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (ItCarrier.get().twilioRequestsTo(phone).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertEquals(1, ItCarrier.get().twilioRequestsTo(phone).size(), "the send went out");
    } finally {
      LibertyServers.stop(NODE);
    }

    List<String> found = new ArrayList<>();
    int lines = 0;
    for (String file : List.of("messages.log", "console.log")) {
      for (String line : Files.readAllLines(logs.resolve(file), StandardCharsets.UTF_8)) {
        lines++;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
          reader.readObject();
        } catch (RuntimeException notJson) {
          found.add(file + " not JSON: " + line);
        }
      }
    }
    assertTrue(lines > 50, "the run logged " + lines + " lines");
    try (Stream<Path> files = Files.walk(logs)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String name = logs.relativize(file).toString();
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
    assertTrue(found.isEmpty(), () -> String.join("\n", found));
  }

  private static Api.Response call(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return Api.send(request.build());
  }

  /** An inbound SMS, signed for the public base URL the servers share, or wrongly signed. */
  private static Api.Response twilio(Map<String, String> form, boolean signed) {
    String path = "/api/v1/webhooks/twilio/sms/inbound";
    return Api.send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "X-Twilio-Signature",
                signed
                    ? Webhooks.twilioSignature(Webhooks.TWILIO_AUTH_TOKEN, Api.BASE + path, form)
                    : "bad")
            .POST(HttpRequest.BodyPublishers.ofString(Webhooks.form(form)))
            .build());
  }
}
