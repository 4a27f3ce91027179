package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, findings 6 and 7: what an email carries into its headers and attachments. Control
 * characters in a header field are refused naming the field (no {@code Bcc:} smuggled in a
 * subject); a sender name that could read as another address is refused; executables are refused by
 * their name and their first bytes, whatever type they are declared as. Nothing is stored.
 */
class EmailSafetyIT {
  private static final String M = Seed.marker();
  private static String token;
  private static String to;
  private static UUID email;

  @BeforeAll
  static void seed() throws Exception {
    to = "safety." + M + "@example.com";
    try (Seed seed = new Seed()) {
      UUID me = seed.user("safe-" + M, "Safety User " + M, "USER");
      UUID contact = seed.contact("Safety Contact " + M, null, to, me);
      email = seed.conversation(contact, "Email", 0, false, Instant.now());
    }
    token = Tokens.token("safe-" + M, "USER");
  }

  private static JsonObjectBuilder mail() {
    return Json.createObjectBuilder()
        .add("to", to)
        .add("fromName", "Support")
        .add("fromEmail", "support@example.com")
        .add("subject", "Hello " + M)
        .add("body", "Body " + M);
  }

  private static JsonObjectBuilder attachment(String name, String type, byte[] content) {
    return Json.createObjectBuilder()
        .add("filename", name)
        .add("contentType", type)
        .add("content", Base64.getEncoder().encodeToString(content));
  }

  private static void assertRefused(JsonObjectBuilder body, String... fields) {
    Api.Response response =
        Api.post(
            "/api/v1/conversations/" + email + "/messages/email", token, body.build().toString());
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    assertEquals("/problems/validation", response.json().getString("type"));
    assertEquals(
        List.of(fields),
        response.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList(),
        response::toString);
  }

  private static long stored() throws Exception {
    try (Seed seed = new Seed()) {
      return seed.count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", email);
    }
  }

  @Test
  void controlCharactersInHeaderFieldsAreRefusedNamingTheField() throws Exception {
    long before = stored();
    assertRefused(mail().add("subject", "Hi\r\nBcc: victim@evil.example"), "subject");
    assertRefused(mail().add("subject", "Hi\nthere"), "subject");
    assertRefused(mail().add("subject", "nul\u0000byte"), "subject");
    assertRefused(mail().add("fromName", "Support\r\nBcc: victim@evil.example"), "fromName");
    assertRefused(
        mail().add("fromName", "Bank\t").add("subject", "\u2028split"), "fromName", "subject");
    assertEquals(before, stored(), "nothing stored");
  }

  @Test
  void aSenderNameThatCouldReadAsAnAddressIsRefused() throws Exception {
    long before = stored();
    assertRefused(mail().add("fromName", "Your Bank <ceo@bank.example>"), "fromName");
    assertRefused(mail().add("fromName", "\"Support\" team"), "fromName");
    assertRefused(mail().add("fromName", "back\\slash"), "fromName");
    assertEquals(before, stored(), "nothing stored");
    Api.Response plain =
        Api.post(
            "/api/v1/conversations/" + email + "/messages/email",
            token,
            mail().add("fromName", "O'Brien & Sons, Support").build().toString());
    assertEquals(201, plain.status(), plain::toString);
  }

  @Test
  void executablesAreRefusedByNameAndByContentWhateverTheirDeclaredType() throws Exception {
    long before = stored();
    byte[] pe = new byte[64];
    pe[0] = 'M';
    pe[1] = 'Z';
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    byte[] machO = {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1};
    byte[] script = "#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.UTF_8);
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8);
    assertRefused(
        mail()
            .add(
                "attachments",
                Json.createArrayBuilder()
                    .add(attachment("a.pdf.exe", "application/pdf", pe))
                    .add(attachment("report.pdf", "application/pdf", pe))
                    .add(attachment("data", "application/octet-stream", elf))
                    .add(attachment("tool", "application/octet-stream", machO))
                    .add(attachment("notes.txt", "text/plain", script))
                    .add(attachment("setup.msi", "application/octet-stream", pdf))
                    .add(attachment("Run.JS", "text/plain", pdf))),
        "attachments[0].content",
        "attachments[0].filename",
        "attachments[1].content",
        "attachments[2].content",
        "attachments[3].content",
        "attachments[4].content",
        "attachments[5].filename",
        "attachments[6].filename");
    assertEquals(before, stored(), "nothing stored");
    Api.Response fine =
        Api.post(
            "/api/v1/conversations/" + email + "/messages/email",
            token,
            mail()
                .add(
                    "attachments",
                    Json.createArrayBuilder().add(attachment("report.pdf", "application/pdf", pdf)))
                .build()
                .toString());
    assertEquals(201, fine.status(), fine::toString);
  }
}
