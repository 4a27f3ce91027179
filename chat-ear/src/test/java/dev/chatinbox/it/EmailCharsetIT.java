package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 1: SendGrid Inbound Parse posts each field in the email's own charset and names it
 * in {@code charsets}; the text and subject are stored as the contact wrote them (ISO-8859-1,
 * windows-1252, Shift_JIS, UTF-8), and RFC 2047 encoded words in {@code from}/{@code subject} are
 * decoded.
 */
class EmailCharsetIT {
  private static final String M = Seed.marker();
  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
  private static String token;
  private static String address;
  private static UUID email;

  @BeforeAll
  static void seed() throws Exception {
    LibertyServers.awaitReady(Api.BASE);
    address = "charset." + M + "@example.com";
    try (Seed seed = new Seed()) {
      UUID me = seed.user("charset-" + M, "Charset User " + M, "USER");
      UUID contact = seed.contact("Charset Contact " + M, null, address, me);
      email = seed.conversation(contact, "Email", 0, false, Instant.now());
    }
    token = Tokens.token("charset-" + M, "USER");
  }

  /** One field of the post: its bytes in the email's charset. */
  private record Field(byte[] bytes) {
    static Field of(String text, Charset charset) {
      return new Field(text.getBytes(charset));
    }
  }

  /** Posts an Inbound Parse multipart whose fields are raw bytes, as SendGrid sends them. */
  private static Api.Response post(Map<String, Field> fields) {
    String boundary = "xYzZY" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, field) -> {
          body.writeBytes(
              ("--"
                      + boundary
                      + "\r\nContent-Disposition: form-data; name=\""
                      + name
                      + "\"\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          body.writeBytes(field.bytes());
          body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return Api.send(
        HttpRequest.newBuilder(
                URI.create(
                    Api.BASE
                        + "/api/v1/webhooks/twilio/email/inbound?token="
                        + Webhooks.INBOUND_SECRET))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** An email from the contact, subject and text in {@code charset}; answers the stored message. */
  private static JsonObject receive(
      String label, Charset charset, String subject, String text, String html) {
    Map<String, Field> fields = new LinkedHashMap<>();
    fields.put(
        "headers",
        Field.of(
            "Message-ID: <" + UUID.randomUUID() + "@mail.example.org>\r\n",
            StandardCharsets.US_ASCII));
    fields.put("from", Field.of("Charset Contact <" + address + ">", StandardCharsets.UTF_8));
    fields.put("to", Field.of("support@example.com", StandardCharsets.UTF_8));
    fields.put("subject", Field.of(subject, charset));
    fields.put("text", Field.of(text, charset));
    if (html != null) {
      fields.put("html", Field.of(html, charset));
    }
    String charsets =
        "{\"to\":\"UTF-8\",\"from\":\"UTF-8\",\"subject\":\""
            + label
            + "\",\"text\":\""
            + label
            + "\""
            + (html == null ? "" : ",\"html\":\"" + label + "\"")
            + "}";
    fields.put("charsets", Field.of(charsets, StandardCharsets.US_ASCII));
    Api.Response response = post(fields);
    assertEquals(204, response.status(), response::toString);
    return latest();
  }

  private static JsonObject latest() {
    return Api.get("/api/v1/conversations/" + email + "/messages?pageSize=1", token)
        .data()
        .getJsonArray("data")
        .getJsonObject(0);
  }

  @Test
  void isoLatin1TextAndSubjectKeepTheirAccents() {
    JsonObject m = receive("iso-8859-1", LATIN_1, "Café question", "café crème", null);
    assertEquals("café crème", m.getString("message"));
    assertEquals("Café question", m.getJsonObject("metadata").getString("subject"));
  }

  @Test
  void windows1252IsReadAsSuchAlsoWhenLabelledLatin1AsOutlookDoes() {
    String text = "Price: 5 € — “fair”, isn’t it?";
    JsonObject declared = receive("windows-1252", WINDOWS_1252, "Über „Preise“", text, null);
    assertEquals(text, declared.getString("message"));
    assertEquals("Über „Preise“", declared.getJsonObject("metadata").getString("subject"));

    JsonObject mislabelled = receive("iso-8859-1", WINDOWS_1252, "Re: “Preise”", text, null);
    assertEquals(text, mislabelled.getString("message"));
    assertEquals("Re: “Preise”", mislabelled.getJsonObject("metadata").getString("subject"));
  }

  @Test
  void shiftJisTextAndSubject() {
    String text = "こんにちは、注文はいつ届きますか？";
    JsonObject m = receive("Shift_JIS", SHIFT_JIS, "ご注文について", text, null);
    // the history holds sanitised HTML, which writes the full-width question mark as &#xff1f;
    assertTrue(m.getString("message").startsWith("こんにちは、注文はいつ届きますか"), m::toString);
    assertEquals("ご注文について", m.getJsonObject("metadata").getString("subject"));
    assertEquals(
        text,
        Api.get("/api/v1/conversations/" + email, token)
            .data()
            .getJsonObject("lastMessage")
            .getString("message"),
        "the plain-text preview has every character back");
  }

  @Test
  void utf8StaysUtf8AndHtmlIsDecodedToo() {
    JsonObject m =
        receive(
            "UTF-8",
            StandardCharsets.UTF_8,
            "Naïve façade ✓",
            "naïve façade ✓",
            "<p>naïve façade ✓</p>");
    assertTrue(m.getString("message").contains("naïve façade ✓"), m::toString);
    assertEquals("Naïve façade ✓", m.getJsonObject("metadata").getString("subject"));
    JsonObject latin =
        receive("ISO-8859-1", LATIN_1, "Crème", "crème brûlée", "<p>crème brûlée</p>");
    assertTrue(latin.getString("message").contains("crème brûlée"), latin::toString);
  }

  @Test
  void encodedWordsInFromAndSubjectAreDecoded() throws Exception {
    String stranger = "encoded." + M + "@example.org";
    String name = Base64.getEncoder().encodeToString("Zoë Ünal".getBytes(StandardCharsets.UTF_8));
    Map<String, Field> fields = new LinkedHashMap<>();
    fields.put(
        "headers", Field.of("Message-ID: <" + UUID.randomUUID() + "@example.org>\r\n", LATIN_1));
    fields.put("from", Field.of("=?UTF-8?B?" + name + "?= <" + stranger + ">", LATIN_1));
    fields.put("to", Field.of("support@example.com", LATIN_1));
    fields.put(
        "subject",
        Field.of("=?ISO-8859-1?Q?Caf=E9_question?= =?UTF-8?Q?=E2=9C=93?= " + M, LATIN_1));
    fields.put("text", Field.of("Hello", LATIN_1));
    fields.put("charsets", Field.of("{\"subject\":\"UTF-8\",\"from\":\"UTF-8\"}", LATIN_1));
    assertEquals(204, post(fields).status());
    try (Seed seed = new Seed()) {
      Object conversation =
          seed.value(
              "SELECT cv.id FROM conversations cv JOIN contact_emails e ON e.contact_id ="
                  + " cv.contact_id WHERE e.email = ? AND cv.channel = 'Email'",
              stranger);
      // unowned contacts are visible to every USER: keep this one to this class
      seed.update(
          "UPDATE contacts SET owner_id = (SELECT id FROM users WHERE subject = ?) WHERE id ="
              + " (SELECT contact_id FROM conversations WHERE id = ?)",
          "charset-" + M,
          conversation);
      JsonObject c = Api.get("/api/v1/conversations/" + conversation, token).data();
      assertEquals("Zoë Ünal", c.getString("fullName"), "the display name, decoded");
      JsonObject m =
          Api.get("/api/v1/conversations/" + conversation + "/messages", token)
              .data()
              .getJsonArray("data")
              .getJsonObject(0);
      assertEquals(
          "Café question✓ " + M,
          m.getJsonObject("metadata").getString("subject"),
          "adjacent encoded words are joined without the space between them");
    }
  }
}
