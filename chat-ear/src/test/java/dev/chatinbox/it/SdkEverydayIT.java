package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.sdk.ChatClient;
import dev.chatinbox.sdk.model.Message;
import dev.chatinbox.sdk.model.MessageMetadata;
import dev.chatinbox.sdk.model.OutgoingEmail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 5, the SDK side: a WhatsApp template send, an email with copies and an attachment,
 * and a message's metadata (why a send failed, the attachment to download) — the SDK against the
 * running server, which sends through the real Twilio and SendGrid SDKs to the fake carrier.
 */
class SdkEverydayIT {
  private static final String M = Seed.marker();
  private static FakeCarrier fake;
  private static ChatClient client;
  private static String phone;
  private static String address;
  private static UUID whatsapp;
  private static UUID sms;
  private static UUID email;

  @BeforeAll
  static void seed() throws Exception {
    LibertyServers.awaitReady(Api.BASE);
    fake = ItCarrier.get();
    phone = "+1415" + ThreadLocalRandom.current().nextInt(5_000_000, 5_999_999);
    address = "sdk.everyday." + M + "@example.com";
    try (Seed seed = new Seed()) {
      UUID me = seed.user("sdkday-" + M, "Sdk Everyday " + M, "USER");
      UUID contact = seed.contact("Sdk Everyday Contact " + M, phone, address, me);
      whatsapp = seed.conversation(contact, "WhatsApp", 0, false, Instant.now());
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
      email = seed.conversation(contact, "Email", 0, false, Instant.now());
    }
    client =
        ChatClient.builder().baseUrl(Api.BASE).token(Tokens.token("sdkday-" + M, "USER")).build();
  }

  /** The message as the history shows it once it reached {@code status}. */
  private static Message await(UUID conversation, String id, String status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Message last = null;
    while (System.nanoTime() < deadline) {
      for (Message m : client.messages().list(conversation.toString(), 1, 50).items()) {
        if (m.id().equals(id)) {
          last = m;
          if (status.equals(m.status())) {
            return m;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(id + " never reached " + status + "; last " + last);
  }

  @Test
  void aTemplateIsSentAndShownWithItsIdVariablesAndText() throws Exception {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    String sid = "HX" + HexFormat.of().formatHex(bytes);
    fake.twilioContent(sid, "Hello {{1}}, we have news about {{2}}.");
    Message sent =
        client
            .messages()
            .sendWhatsAppTemplate(
                whatsapp.toString(), phone, sid, Map.of("1", "Ann", "2", "your order"), null);
    assertEquals("queued", sent.status());
    assertEquals(sid, sent.metadata().templateSid());
    assertEquals(Map.of("1", "Ann", "2", "your order"), sent.metadata().templateVariables());
    Message shown = await(whatsapp, sent.id(), "sent");
    assertEquals("Hello Ann, we have news about your order.", shown.text());
    assertTrue(shown.metadata().twilioMessageId().startsWith("SM"), shown::toString);
  }

  @Test
  void anEmailWithCopiesAndAnAttachmentThatCanBeDownloaded() throws Exception {
    byte[] content = ("invoice " + M).getBytes(StandardCharsets.UTF_8);
    Message sent =
        client
            .messages()
            .sendEmail(
                email.toString(),
                new OutgoingEmail(
                        "Support", "support@example.com", address, "Invoice", "<p>Hi</p>", null)
                    .withCc(List.of("cc." + M + "@example.com"))
                    .withBcc(List.of("audit." + M + "@example.com"))
                    .withAttachments(
                        List.of(
                            new OutgoingEmail.Attachment("invoice.txt", "text/plain", content))));
    MessageMetadata metadata = sent.metadata();
    assertEquals(address, metadata.to());
    assertEquals(List.of("cc." + M + "@example.com"), metadata.cc());
    assertEquals(List.of("audit." + M + "@example.com"), metadata.bcc());
    assertEquals(1, metadata.attachments().size(), metadata::toString);
    MessageMetadata.Attachment file = metadata.attachments().get(0);
    assertEquals("invoice.txt", file.filename());
    assertArrayEquals(content, client.messages().downloadAttachment(file.url()));

    await(email, sent.id(), "sent");
    FakeCarrier.Received request =
        fake.sendGridRequests().stream()
            .filter(r -> r.json().toString().contains(sent.id()))
            .findFirst()
            .orElseThrow();
    var personalization = request.json().getJsonArray("personalizations").getJsonObject(0);
    assertEquals(
        "cc." + M + "@example.com",
        personalization.getJsonArray("cc").getJsonObject(0).getString("email"));
    assertEquals(
        "audit." + M + "@example.com",
        personalization.getJsonArray("bcc").getJsonObject(0).getString("email"));
    assertEquals(
        "invoice.txt",
        request.json().getJsonArray("attachments").getJsonObject(0).getString("filename"));
  }

  @Test
  void aFailedSendTellsWhyInItsMetadata() throws Exception {
    fake.enqueueTwilioFor(
        phone,
        FakeCarrier.Answer.twilioError(400, 21211, "The 'To' number is not a valid phone number."));
    Message sent = client.messages().sendSms(sms.toString(), phone, "Will fail " + M, null);
    Message failed = await(sms, sent.id(), "failed");
    assertEquals("21211", failed.metadata().errorCode(), failed::toString);
    assertTrue(failed.metadata().errorMessage() != null, failed::toString);
    assertEquals(phone, failed.metadata().to());
  }
}
