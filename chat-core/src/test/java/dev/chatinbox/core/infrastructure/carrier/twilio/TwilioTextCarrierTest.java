package dev.chatinbox.core.infrastructure.carrier.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.infrastructure.carrier.CarrierFailures;
import dev.chatinbox.core.infrastructure.carrier.CarrierRefusal;
import dev.chatinbox.core.spi.carrier.CarrierException;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.OutboundText;
import dev.chatinbox.core.spi.carrier.Reconciliation;
import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.FakeCarrier.Answer;
import dev.chatinbox.core.support.FakeCarrier.Received;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Twilio SDK against {@link FakeCarrier}, reached through {@code chat.twilio.base-url}.
 */
class TwilioTextCarrierTest {
  private static final String ACCOUNT = "AC" + "0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "auth-token-secret-value";
  private static final String CALLBACK =
      "https://inbox.example.com/api/v1/webhooks/twilio/sms/status";

  @Test
  void aTemplateIdMustBeAContentSid() {
    assertEquals(Optional.empty(), carrier.templateIdProblem("HX" + "0a".repeat(16)));
    assertTrue(carrier.templateIdProblem("HXnothex").isPresent());
    assertTrue(carrier.templateIdProblem("template-1").isPresent());
  }

  private FakeCarrier fake;
  private TwilioTextCarrier carrier;

  @BeforeEach
  void start() {
    fake = FakeCarrier.start().expectTwilioAuth(ACCOUNT, TOKEN);
    carrier = new TwilioTextCarrier(settings().build());
  }

  @AfterEach
  void stop() {
    carrier.close();
    fake.close();
  }

  private TwilioSettings.Builder settings() {
    return TwilioSettings.builder()
        .accountSid(ACCOUNT)
        .authToken(TOKEN)
        .smsFrom("+14155550100")
        .whatsappFrom("+14155550111")
        .publicBaseUrl("https://inbox.example.com/")
        .baseUrl(fake.baseUrl());
  }

  private static OutboundText sms(String from, String to, String body) {
    return new OutboundText(
        UUID.randomUUID(),
        Channel.SMS,
        Optional.ofNullable(from),
        to,
        body,
        Optional.empty(),
        Map.of());
  }

  @Test
  void sendsAnSmsInTwiliosWireFormatAndReturnsTheSid() {
    CarrierReceipt receipt =
        carrier.send(sms("+14155550199", "+14155550101", "Your order shipped. Ünïcode ✓ & more"));

    Received request = fake.lastTwilioRequest();
    assertEquals("POST", request.method());
    assertEquals("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json", request.path());
    assertTrue(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    assertEquals(ACCOUNT, request.basicAuth().orElseThrow()[0]);
    assertEquals(TOKEN, request.basicAuth().orElseThrow()[1]);
    assertEquals("+14155550101", request.formValue("To"));
    assertEquals("+14155550199", request.formValue("From"));
    assertEquals("Your order shipped. Ünïcode ✓ & more", request.formValue("Body"));
    assertEquals(CALLBACK, request.formValue("StatusCallback"));
    assertNull(request.formValue("MessagingServiceSid"));
    assertNull(request.formValue("ContentSid"));

    assertTrue(receipt.carrierMessageId().matches("SM[0-9a-f]{32}"), receipt.carrierMessageId());
    assertEquals("queued", receipt.rawStatus());
    assertFalse(receipt.sandbox());
    assertFalse(carrier.sandbox());
  }

  @Test
  void usesTheDefaultSmsSenderWhenTheMessageNamesNone() {
    carrier.send(sms(null, "+14155550101", "Hi"));

    assertEquals("+14155550100", fake.lastTwilioRequest().formValue("From"));
  }

  @Test
  void usesTheMessagingServiceInsteadOfAFromWhenConfigured() {
    carrier.close();
    carrier =
        new TwilioTextCarrier(
            settings().messagingServiceSid("MG0123456789abcdef0123456789abcdef").build());

    CarrierReceipt receipt = carrier.send(sms(null, "+14155550101", "Hi"));

    Received request = fake.lastTwilioRequest();
    assertEquals("MG0123456789abcdef0123456789abcdef", request.formValue("MessagingServiceSid"));
    assertNull(request.formValue("From"));
    assertEquals("accepted", receipt.rawStatus());
  }

  @Test
  void aSenderNamedByTheMessageWinsOverTheMessagingService() {
    carrier.close();
    carrier =
        new TwilioTextCarrier(
            settings().messagingServiceSid("MG0123456789abcdef0123456789abcdef").build());

    carrier.send(sms("+14155550199", "+14155550101", "Hi"));

    assertEquals("+14155550199", fake.lastTwilioRequest().formValue("From"));
    assertNull(fake.lastTwilioRequest().formValue("MessagingServiceSid"));
  }

  @Test
  void refusesWithoutAnySenderAndSendsNothing() {
    carrier.close();
    carrier = new TwilioTextCarrier(settings().smsFrom(null).build());

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertFalse(e.transientFailure());
    assertEquals("no-sender", e.code());
    assertTrue(fake.requests().isEmpty());
  }

  @Test
  void prefixesWhatsAppAddresses() {
    OutboundText message =
        new OutboundText(
            UUID.randomUUID(),
            Channel.WHATSAPP,
            Optional.empty(),
            "+14155550101",
            "Hello on WhatsApp",
            Optional.empty(),
            Map.of());

    CarrierReceipt receipt = carrier.send(message);

    Received request = fake.lastTwilioRequest();
    assertEquals("whatsapp:+14155550101", request.formValue("To"));
    assertEquals("whatsapp:+14155550111", request.formValue("From"));
    assertEquals("Hello on WhatsApp", request.formValue("Body"));
    assertEquals(
        "https://inbox.example.com/api/v1/webhooks/twilio/whatsapp/status",
        request.formValue("StatusCallback"));
    assertTrue(receipt.carrierMessageId().startsWith("SM"));
  }

  @Test
  void doesNotDoubleAWhatsAppPrefix() {
    // without a public base URL there is nothing Twilio could call back
    carrier.close();
    carrier = new TwilioTextCarrier(settings().publicBaseUrl(null).build());
    carrier.send(
        new OutboundText(
            UUID.randomUUID(),
            Channel.WHATSAPP,
            Optional.of("whatsapp:+14155550122"),
            "whatsapp:+14155550101",
            "Hi",
            Optional.empty(),
            Map.of()));

    Received request = fake.lastTwilioRequest();
    assertEquals("whatsapp:+14155550101", request.formValue("To"));
    assertEquals("whatsapp:+14155550122", request.formValue("From"));
    assertNull(request.formValue("StatusCallback"));
  }

  @Test
  void sendsAWhatsAppTemplateAsContentSidAndJsonVariablesWithoutBody() {
    carrier.send(
        new OutboundText(
            UUID.randomUUID(),
            Channel.WHATSAPP,
            Optional.empty(),
            "+14155550101",
            "",
            Optional.of("HX0123456789abcdef0123456789abcdef"),
            Map.of("1", "María", "2", "Tuesday \"3pm\"")));

    Received request = fake.lastTwilioRequest();
    assertEquals("HX0123456789abcdef0123456789abcdef", request.formValue("ContentSid"));
    JsonObject variables =
        Json.createReader(new StringReader(request.formValue("ContentVariables"))).readObject();
    assertEquals("María", variables.getString("1"));
    assertEquals("Tuesday \"3pm\"", variables.getString("2"));
    assertNull(request.formValue("Body"));
  }

  @Test
  void authenticatesWithAnApiKeyPairAndKeepsTheAccountInThePath() {
    carrier.close();
    fake.expectTwilioAuth("SK0123456789abcdef0123456789abcdef", "api-key-secret");
    carrier =
        new TwilioTextCarrier(
            settings()
                .authToken(null)
                .apiKey("SK0123456789abcdef0123456789abcdef", "api-key-secret")
                .build());

    carrier.send(sms(null, "+14155550101", "Hi"));

    Received request = fake.lastTwilioRequest();
    assertEquals("SK0123456789abcdef0123456789abcdef", request.basicAuth().orElseThrow()[0]);
    assertEquals("api-key-secret", request.basicAuth().orElseThrow()[1]);
    assertEquals(ACCOUNT, request.twilioAccountSid());
  }

  @Test
  void keepsAPathPrefixOfTheBaseUrl() {
    carrier.close();
    carrier = new TwilioTextCarrier(settings().baseUrl(fake.baseUrl() + "/proxy/twilio/").build());

    carrier.send(sms(null, "+14155550101", "Hi"));

    assertEquals(
        "/proxy/twilio/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json",
        fake.requests().get(0).path());
  }

  @Test
  void serverErrorIsTransientAndNotRetriedInsideTheCall() {
    fake.enqueueTwilio(Answer.twilioError(500, 20500, "Internal Server Error"));

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertTrue(e.transientFailure());
    assertFalse(e.outcomeUnknown(), "an error answer: Twilio did not take it");
    assertEquals("20500", e.code());
    assertEquals(
        1, fake.twilioRequests().size(), "the SDK's own 5xx retry is off: the outbox retries");
  }

  @Test
  void aProxysHtml502IsTransientWithItsStatus() {
    fake.enqueueTwilio(Answer.raw(502, "text/html", "<html><body>Bad Gateway</body></html>"));

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertTrue(e.transientFailure());
    assertFalse(e.outcomeUnknown());
    assertEquals("502", e.code());
  }

  @Test
  void tooManyRequestsIsTransient() {
    fake.enqueueTwilio(Answer.twilioError(429, 20429, "Too Many Requests"));

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertTrue(e.transientFailure());
    assertFalse(e.outcomeUnknown());
    assertEquals("20429", e.code());
  }

  @Test
  void invalidNumberIsPermanentWithItsCodeAndAReadableReason() {
    fake.enqueueTwilio(
        Answer.twilioError(400, 21211, "The 'To' number +1415555 is not a valid phone number."));

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+1415555", "Hi")));

    assertFalse(e.transientFailure());
    assertInstanceOf(CarrierRefusal.class, e, "the circuit breaker skips refusals");
    assertFalse(e.consentWithdrawn());
    assertEquals("21211", e.code());
    assertEquals("The recipient's phone number is not valid", e.reason());
  }

  @Test
  void unsubscribedRecipientIsPermanentWithItsCode() {
    fake.enqueueTwilio(Answer.twilioError(400, 21610, "Attempt to send to unsubscribed recipient"));

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertTrue(e.consentWithdrawn(), "the contact gets do-not-disturb");
    assertFalse(e.transientFailure());
    assertEquals("21610", e.code());
    assertTrue(e.reason().contains("unsubscribed"), e.reason());
  }

  @Test
  void outsideTheWhatsAppWindowIsPermanent() {
    fake.enqueueTwilio(
        Answer.twilioError(
            400,
            63016,
            "Failed to send freeform message because you are outside the allowed window."));

    CarrierException e =
        assertThrows(
            CarrierException.class,
            () ->
                carrier.send(
                    new OutboundText(
                        UUID.randomUUID(),
                        Channel.WHATSAPP,
                        Optional.empty(),
                        "+14155550101",
                        "Hi",
                        Optional.empty(),
                        Map.of())));

    assertFalse(e.transientFailure());
    assertEquals("63016", e.code());
    assertTrue(e.reason().contains("24-hour window"), e.reason());
  }

  @Test
  void anUnknownCodeKeepsTwiliosMessage() {
    fake.enqueueTwilio(Answer.twilioError(400, 21999, "Something unusual happened."));

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertFalse(e.transientFailure());
    assertEquals("21999", e.code());
    assertEquals("Twilio refused the message: Something unusual happened.", e.reason());
  }

  @Test
  void rejectedCredentialsArePermanentAndNeverShowTheToken() {
    carrier.close();
    carrier = new TwilioTextCarrier(settings().authToken("wrong-token-value").build());

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertFalse(e.transientFailure());
    assertEquals("20003", e.code());
    assertFalse(String.valueOf(e.getMessage()).contains("wrong-token-value"));
    assertFalse(e.reason().contains("wrong-token-value"));
  }

  @Test
  void readTimeoutIsTransientWithAnUnknownOutcome() {
    carrier.close();
    carrier = new TwilioTextCarrier(settings().readTimeout(Duration.ofMillis(300)).build());
    fake.enqueueTwilio(Answer.twilioAccepted().after(Duration.ofSeconds(3)));

    long start = System.nanoTime();
    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertTrue(e.transientFailure());
    assertTrue(e.outcomeUnknown(), "the request went out: Twilio may have taken it");
    assertEquals(CarrierFailures.TIMEOUT, e.code());
    assertTrue(
        Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0,
        "the read timeout applied");
    assertEquals(1, fake.twilioRequests().size());
  }

  @Test
  void connectionRefusedIsTransient() {
    carrier.close();
    carrier = new TwilioTextCarrier(settings().baseUrl(FakeCarrier.closedPortUrl()).build());

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertTrue(e.transientFailure());
    assertFalse(e.outcomeUnknown(), "nothing reached Twilio");
    assertEquals(CarrierFailures.CONNECT_FAILED, e.code());
  }

  @Test
  void aConnectionClosedWithoutAnswerIsTransientWithAnUnknownOutcome() {
    fake.enqueueTwilio(Answer.closeConnection());

    CarrierException e =
        assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));

    assertTrue(e.transientFailure());
    assertTrue(e.outcomeUnknown());
    assertEquals(CarrierFailures.CONNECTION_LOST, e.code());
    assertEquals(1, fake.twilioRequests().size(), "no automatic retry after a dropped connection");
  }

  @Test
  void recoversAfterAFailure() {
    fake.enqueueTwilio(Answer.twilioError(503, 20503, "Service Unavailable"));

    assertThrows(CarrierException.class, () -> carrier.send(sms(null, "+14155550101", "Hi")));
    CarrierReceipt receipt = carrier.send(sms(null, "+14155550101", "Hi"));

    assertTrue(receipt.carrierMessageId().startsWith("SM"));
    assertEquals(2, fake.twilioRequests().size());
  }

  @Test
  void refusesToStartWithoutCredentials() {
    assertThrows(
        IllegalStateException.class,
        () -> new TwilioTextCarrier(TwilioSettings.builder().accountSid(ACCOUNT).build()));
  }

  @Test
  void reconcileFindsAMessageTwilioCreatedAlthoughTheAnswerWasLost() {
    carrier.close();
    carrier = new TwilioTextCarrier(settings().readTimeout(Duration.ofMillis(300)).build());
    fake.enqueueTwilio(Answer.twilioAcceptedAnsweringAfter(Duration.ofSeconds(1)));
    Instant attempt = Instant.now();
    OutboundText message = sms(null, "+14155550101", "Did it arrive?");
    CarrierException e = assertThrows(CarrierException.class, () -> carrier.send(message));
    assertTrue(e.outcomeUnknown());

    Reconciliation answer = carrier.reconcile(message, attempt);

    assertTrue(answer.known());
    String sid = fake.twilioMessagesTo("+14155550101").get(0).getString("sid");
    assertEquals(sid, answer.receipt().orElseThrow().carrierMessageId());
    assertEquals("queued", answer.receipt().orElseThrow().rawStatus());
    Received list = fake.twilioListRequests().get(0);
    assertEquals("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json", list.path());
    assertEquals(List.of("+14155550101"), list.queryParams().get("To"));
    assertEquals(List.of("+14155550100"), list.queryParams().get("From"));
    assertNull(list.queryParams().get("DateSent>"), "queued messages have no send date yet");
    assertEquals(1, fake.twilioRequests().size(), "the lookup created nothing");
  }

  @Test
  void reconcileSaysNotAcceptedWhenTwilioListsNoSuchMessage() {
    Instant attempt = Instant.now();
    carrier.send(sms(null, "+14155550101", "another text"));
    carrier.send(sms(null, "+14155550102", "Did it arrive?"));
    carrier.send(sms("+14155550199", "+14155550101", "Did it arrive?"));

    Reconciliation answer = carrier.reconcile(sms(null, "+14155550101", "Did it arrive?"), attempt);

    assertTrue(answer.known());
    assertTrue(answer.receipt().isEmpty());
  }

  @Test
  void reconcileIgnoresTheSameTextSentBeforeTheAttempt() {
    carrier.send(sms(null, "+14155550101", "ok"));

    Reconciliation answer =
        carrier.reconcile(
            sms(null, "+14155550101", "ok"),
            Instant.now().plus(TwilioTextCarrier.CLOCK_SKEW).plusSeconds(5));

    assertEquals(Reconciliation.notAccepted(), answer);
  }

  @Test
  void reconcileReadsFurtherPages() {
    Instant attempt = Instant.now();
    carrier.send(sms(null, "+14155550101", "the one"));
    for (int i = 0; i < 60; i++) {
      carrier.send(sms(null, "+14155550101", "later " + i));
    }

    Reconciliation answer = carrier.reconcile(sms(null, "+14155550101", "the one"), attempt);

    assertTrue(answer.receipt().isPresent());
    assertEquals(2, fake.twilioListRequests().size(), "the second page held it");
  }

  @Test
  void reconcileMatchesWhatsappAddressesAndMessagingServices() {
    carrier.close();
    carrier =
        new TwilioTextCarrier(
            settings().messagingServiceSid("MG0123456789abcdef0123456789abcdef").build());
    Instant attempt = Instant.now();
    OutboundText whatsapp =
        new OutboundText(
            UUID.randomUUID(),
            Channel.WHATSAPP,
            Optional.empty(),
            "+14155550101",
            "Hola",
            Optional.empty(),
            Map.of());
    carrier.send(whatsapp);

    Reconciliation answer = carrier.reconcile(whatsapp, attempt);

    assertTrue(answer.receipt().isPresent());
    assertEquals(
        List.of("whatsapp:+14155550101"), fake.twilioListRequests().get(0).queryParams().get("To"));
    assertNull(fake.twilioListRequests().get(0).queryParams().get("From"));
  }

  @Test
  void reconcileIsUnknownWhenTwilioCannotBeAsked() {
    fake.enqueueTwilioList(Answer.twilioError(500, 20500, "Internal Server Error"));

    assertEquals(
        Reconciliation.unknown(),
        carrier.reconcile(sms(null, "+14155550101", "Hi"), Instant.now()));

    carrier.close();
    carrier = new TwilioTextCarrier(settings().baseUrl(FakeCarrier.closedPortUrl()).build());
    assertEquals(
        Reconciliation.unknown(),
        carrier.reconcile(sms(null, "+14155550101", "Hi"), Instant.now()));
  }

  @Test
  void reconcileOfATemplateIsUnknownBecauseTwilioRendersItsBody() {
    OutboundText template =
        new OutboundText(
            UUID.randomUUID(),
            Channel.WHATSAPP,
            Optional.empty(),
            "+14155550101",
            "",
            Optional.of("HX" + "a".repeat(32)),
            Map.of());

    assertEquals(Reconciliation.unknown(), carrier.reconcile(template, Instant.now()));
    assertTrue(fake.twilioListRequests().isEmpty());
  }
}
