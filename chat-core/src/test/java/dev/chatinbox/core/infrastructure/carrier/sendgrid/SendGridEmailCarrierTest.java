package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.infrastructure.carrier.CarrierFailures;
import dev.chatinbox.core.infrastructure.carrier.CarrierRefusal;
import dev.chatinbox.core.spi.carrier.CarrierException;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.OutboundEmail;
import dev.chatinbox.core.spi.carrier.OutboundEmail.EmailAttachment;
import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.FakeCarrier.Answer;
import dev.chatinbox.core.support.FakeCarrier.Received;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real sendgrid-java against {@link FakeCarrier}, reached through {@code
 * chat.sendgrid.base-url}.
 */
class SendGridEmailCarrierTest {
  private static final String API_KEY = "SG.test-key.very-secret-value";

  private FakeCarrier fake;
  private SendGridEmailCarrier carrier;

  @BeforeEach
  void start() {
    fake = FakeCarrier.start().expectSendGridKey(API_KEY);
    carrier = new SendGridEmailCarrier(settings().build());
  }

  @AfterEach
  void stop() {
    carrier.close();
    fake.close();
  }

  private SendGridSettings.Builder settings() {
    return SendGridSettings.builder().apiKey(API_KEY).baseUrl(fake.baseUrl());
  }

  private static OutboundEmail email(UUID id, List<EmailAttachment> attachments) {
    return new OutboundEmail(
        id,
        "Support Team",
        "support@example.com",
        List.of("maria@example.net"),
        List.of("cc1@example.net", "cc2@example.net"),
        List.of("audit@example.com"),
        "Your order #1234",
        "<p>Hello <b>María</b></p>",
        "Hello María",
        attachments);
  }

  @Test
  void sendsAV3MailAndReturnsTheMessageIdHeader() {
    UUID id = UUID.randomUUID();
    byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.UTF_8);
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    fake.enqueueSendGrid(Answer.sendGridAccepted("W4ZQ9dpaTCuTNbrTiAgjxw"));

    CarrierReceipt receipt =
        carrier.send(
            email(
                id,
                List.of(
                    new EmailAttachment("invoice.pdf", "application/pdf", pdf),
                    new EmailAttachment("logo.png", "image/png", png))));

    Received request = fake.lastSendGridRequest();
    assertEquals("POST", request.method());
    assertEquals("/v3/mail/send", request.path());
    assertEquals("Bearer " + API_KEY, request.header("Authorization"));
    assertTrue(request.header("Content-Type").startsWith("application/json"));
    JsonObject mail = request.json();
    assertEquals("support@example.com", mail.getJsonObject("from").getString("email"));
    assertEquals("Support Team", mail.getJsonObject("from").getString("name"));
    assertEquals("Your order #1234", mail.getString("subject"));
    JsonObject personalization = mail.getJsonArray("personalizations").getJsonObject(0);
    assertEquals(List.of("maria@example.net"), emails(personalization.getJsonArray("to")));
    assertEquals(
        List.of("cc1@example.net", "cc2@example.net"), emails(personalization.getJsonArray("cc")));
    assertEquals(List.of("audit@example.com"), emails(personalization.getJsonArray("bcc")));
    JsonArray content = mail.getJsonArray("content");
    assertEquals(
        "text/plain", content.getJsonObject(0).getString("type"), "text/plain comes first");
    assertEquals("Hello María", content.getJsonObject(0).getString("value"));
    assertEquals("text/html", content.getJsonObject(1).getString("type"));
    assertEquals("<p>Hello <b>María</b></p>", content.getJsonObject(1).getString("value"));
    JsonArray attachments = mail.getJsonArray("attachments");
    assertEquals(2, attachments.size());
    assertEquals("invoice.pdf", attachments.getJsonObject(0).getString("filename"));
    assertEquals("application/pdf", attachments.getJsonObject(0).getString("type"));
    assertEquals("attachment", attachments.getJsonObject(0).getString("disposition"));
    assertArrayEquals(
        pdf, Base64.getDecoder().decode(attachments.getJsonObject(0).getString("content")));
    assertArrayEquals(
        png, Base64.getDecoder().decode(attachments.getJsonObject(1).getString("content")));
    assertEquals(id.toString(), mail.getJsonObject("custom_args").getString("chatMessageId"));

    assertEquals(
        "W4ZQ9dpaTCuTNbrTiAgjxw",
        receipt.carrierMessageId(),
        "read from the header whatever its case");
    assertEquals("accepted", receipt.rawStatus());
    assertFalse(receipt.sandbox());
    assertFalse(carrier.sandbox());
  }

  @Test
  void leavesOutEmptyOptionalParts() {
    carrier.send(
        new OutboundEmail(
            UUID.randomUUID(),
            "",
            "support@example.com",
            List.of("maria@example.net"),
            List.of(),
            List.of(),
            "Hi",
            "<p>Hi</p>",
            "Hi",
            List.of()));

    JsonObject mail = fake.lastSendGridRequest().json();
    assertFalse(mail.getJsonObject("from").containsKey("name"));
    JsonObject personalization = mail.getJsonArray("personalizations").getJsonObject(0);
    assertFalse(personalization.containsKey("cc"));
    assertFalse(personalization.containsKey("bcc"));
    assertFalse(mail.containsKey("attachments"));
  }

  @Test
  void keepsAPathPrefixOfTheBaseUrl() {
    carrier.close();
    carrier =
        new SendGridEmailCarrier(settings().baseUrl(fake.baseUrl() + "/proxy/sendgrid").build());

    carrier.send(email(UUID.randomUUID(), List.of()));

    assertEquals("/proxy/sendgrid/v3/mail/send", fake.requests().get(0).path());
  }

  @Test
  void badRequestIsPermanentWithSendGridsMessage() {
    fake.enqueueSendGrid(
        Answer.sendGridError(
            400, "The from address does not match a verified Sender Identity.", "from"));

    CarrierException e =
        assertThrows(
            CarrierException.class, () -> carrier.send(email(UUID.randomUUID(), List.of())));

    assertFalse(e.transientFailure());
    assertInstanceOf(CarrierRefusal.class, e);
    assertEquals("400", e.code());
    assertTrue(
        e.reason().contains("The from address does not match a verified Sender Identity. (from)"),
        e.reason());
  }

  @Test
  void rejectedKeyIsPermanentAndTheKeyAppearsNowhere() {
    carrier.close();
    carrier = new SendGridEmailCarrier(settings().apiKey("SG.wrong.key-value").build());

    CarrierException e =
        assertThrows(
            CarrierException.class, () -> carrier.send(email(UUID.randomUUID(), List.of())));

    assertFalse(e.transientFailure());
    assertEquals("401", e.code());
    assertFalse(String.valueOf(e.getMessage()).contains("key-value"));
    assertFalse(e.reason().contains("key-value"));
  }

  @Test
  void serviceUnavailableIsTransient() {
    fake.enqueueSendGrid(Answer.raw(503, "text/plain", "Service Unavailable"));

    CarrierException e =
        assertThrows(
            CarrierException.class, () -> carrier.send(email(UUID.randomUUID(), List.of())));

    assertTrue(e.transientFailure());
    assertEquals("503", e.code());
    assertEquals(1, fake.sendGridRequests().size());
  }

  @Test
  void tooManyRequestsIsTransient() {
    fake.enqueueSendGrid(Answer.sendGridError(429, "too many requests", null));

    CarrierException e =
        assertThrows(
            CarrierException.class, () -> carrier.send(email(UUID.randomUUID(), List.of())));

    assertTrue(e.transientFailure());
    assertEquals("429", e.code());
    assertEquals(
        1, fake.sendGridRequests().size(), "the SDK's rate-limit retry (attempt()) is not used");
  }

  @Test
  void readTimeoutIsTransient() {
    carrier.close();
    carrier = new SendGridEmailCarrier(settings().timeout(Duration.ofMillis(300)).build());
    fake.enqueueSendGrid(Answer.sendGridAccepted().after(Duration.ofSeconds(3)));

    long start = System.nanoTime();
    CarrierException e =
        assertThrows(
            CarrierException.class, () -> carrier.send(email(UUID.randomUUID(), List.of())));

    assertTrue(e.transientFailure());
    assertEquals(CarrierFailures.TIMEOUT, e.code());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
  }

  @Test
  void connectionRefusedIsTransient() {
    carrier.close();
    carrier = new SendGridEmailCarrier(settings().baseUrl(FakeCarrier.closedPortUrl()).build());

    CarrierException e =
        assertThrows(
            CarrierException.class, () -> carrier.send(email(UUID.randomUUID(), List.of())));

    assertTrue(e.transientFailure());
    assertEquals(CarrierFailures.CONNECT_FAILED, e.code());
  }

  @Test
  void aConnectionClosedWithoutAnswerIsTransient() {
    fake.enqueueSendGrid(Answer.closeConnection());

    CarrierException e =
        assertThrows(
            CarrierException.class, () -> carrier.send(email(UUID.randomUUID(), List.of())));

    assertTrue(e.transientFailure());
    assertEquals(CarrierFailures.CONNECTION_LOST, e.code());
    assertEquals(1, fake.sendGridRequests().size());
  }

  @Test
  void anAcceptanceWithoutMessageIdFallsBackToOurId() {
    UUID id = UUID.randomUUID();
    fake.enqueueSendGrid(Answer.raw(202, "text/plain", ""));

    CarrierReceipt receipt = carrier.send(email(id, List.of()));

    assertEquals(id.toString(), receipt.carrierMessageId());
  }

  @Test
  void errorMessagesAreReadFromSendGridsErrorJson() {
    assertEquals(
        List.of("first (to)", "second"),
        SendGridErrors.messages(
            "{\"errors\":[{\"message\":\"first\",\"field\":\"to\"},{\"message\":\"second\",\"field\":null}]}"));
    assertEquals(List.of(), SendGridErrors.messages("<html>Bad gateway</html>"));
    assertEquals(
        "SendGrid refused the email (HTTP 403)", SendGridErrors.fromStatus(403, "").reason());
  }

  @Test
  void headersAreFoundIgnoringCase() {
    assertEquals("abc", SendGridEmailCarrier.header(Map.of("x-message-id", "abc"), "X-Message-Id"));
  }

  @Test
  void refusesToStartWithoutAnApiKey() {
    assertThrows(
        IllegalStateException.class,
        () -> new SendGridEmailCarrier(SendGridSettings.builder().build()));
  }

  private static List<String> emails(JsonArray addresses) {
    return addresses.stream()
        .map(v -> v.asJsonObject().getString("email"))
        .collect(Collectors.toList());
  }
}
