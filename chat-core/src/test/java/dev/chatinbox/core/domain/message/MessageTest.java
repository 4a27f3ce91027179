package dev.chatinbox.core.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Messages: how each kind starts, forward-only status changes, send time and carrier reports. */
class MessageTest {
  private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
  private static final UUID CONVERSATION = Ids.newId();
  private static final UUID SENDER = Ids.newId();

  private static Instant at(int seconds) {
    return T0.plus(Duration.ofSeconds(seconds));
  }

  private static Message outbound() {
    return Message.outbound(Ids.newId(), CONVERSATION, Channel.SMS, SENDER, "It shipped today", T0);
  }

  @Test
  void outboundIsQueuedAndWrittenByTheUser() {
    Message message = outbound();
    assertEquals(SenderType.USER, message.senderType());
    assertEquals(Optional.of(SENDER), message.senderId());
    assertEquals(Optional.of(MessageStatus.QUEUED), message.status());
    assertEquals(T0, message.occurredAt());
    assertEquals(Optional.empty(), message.sentAt());
    assertEquals(CONVERSATION, message.conversationId());
    assertEquals(Channel.SMS, message.channel());
    assertEquals("It shipped today", message.body());
  }

  @Test
  void inboundAndSystemMessagesHaveNoStatusAndNoSender() {
    Message inbound =
        Message.inbound(Ids.newId(), CONVERSATION, Channel.WHATSAPP, "Where is my order?", T0);
    assertEquals(SenderType.CONTACT, inbound.senderType());
    assertEquals(Optional.empty(), inbound.senderId());
    assertEquals(Optional.empty(), inbound.status());
    assertEquals(T0, inbound.occurredAt());

    Message system =
        Message.system(Ids.newId(), CONVERSATION, Channel.EMAIL, "Contact opted out", T0);
    assertEquals(SenderType.SYSTEM, system.senderType());
    assertEquals(Optional.empty(), system.senderId());
    assertEquals(Optional.empty(), system.status());
  }

  @Test
  void requiredPartsMustBePresent() {
    assertThrows(
        NullPointerException.class,
        () -> Message.outbound(null, CONVERSATION, Channel.SMS, SENDER, "x", T0));
    assertThrows(
        NullPointerException.class,
        () -> Message.outbound(Ids.newId(), null, Channel.SMS, SENDER, "x", T0));
    assertThrows(
        NullPointerException.class,
        () -> Message.outbound(Ids.newId(), CONVERSATION, null, SENDER, "x", T0));
    assertThrows(
        NullPointerException.class,
        () -> Message.inbound(Ids.newId(), CONVERSATION, Channel.SMS, null, T0));
  }

  @Test
  void advanceMovesForward() {
    Message message = outbound();
    assertTrue(message.advance(MessageStatus.SENT, at(1)));
    assertEquals(Optional.of(MessageStatus.SENT), message.status());
    assertTrue(message.advance(MessageStatus.DELIVERED, at(2)));
    assertTrue(message.advance(MessageStatus.READ, at(3)));
    assertEquals(Optional.of(MessageStatus.READ), message.status());
  }

  @Test
  void lateOrDuplicatedCallbacksAreIgnored() {
    Message message = outbound();
    message.advance(MessageStatus.DELIVERED, at(2));
    assertFalse(message.advance(MessageStatus.SENT, at(3)), "backwards");
    assertFalse(message.advance(MessageStatus.QUEUED, at(3)), "backwards");
    assertFalse(message.advance(MessageStatus.DELIVERED, at(4)), "duplicate");
    assertEquals(Optional.of(MessageStatus.DELIVERED), message.status());
  }

  @Test
  void readIsNotReplacedByALateFailure() {
    Message message = outbound();
    message.advance(MessageStatus.READ, at(1));
    assertFalse(message.advance(MessageStatus.FAILED, at(2)));
    assertEquals(Optional.of(MessageStatus.READ), message.status());
  }

  @Test
  void finalStatusesStay() {
    Message failed = outbound();
    assertTrue(failed.advance(MessageStatus.FAILED, at(1)));
    assertFalse(failed.advance(MessageStatus.DELIVERED, at(2)));
    assertFalse(failed.advance(MessageStatus.CANCELLED, at(2)));
    assertEquals(Optional.of(MessageStatus.FAILED), failed.status());

    Message cancelled = outbound();
    assertTrue(cancelled.advance(MessageStatus.CANCELLED, at(1)));
    assertFalse(cancelled.advance(MessageStatus.SENT, at(2)));
    assertEquals(Optional.of(MessageStatus.CANCELLED), cancelled.status());
    assertEquals(Optional.empty(), cancelled.sentAt());
  }

  @Test
  void sentAtIsSetOnceWhenSent() {
    Message message = outbound();
    message.advance(MessageStatus.SENT, at(1));
    assertEquals(Optional.of(at(1)), message.sentAt());
    message.advance(MessageStatus.SENT, at(5)); // duplicate callback
    message.advance(MessageStatus.DELIVERED, at(6));
    message.advance(MessageStatus.READ, at(7));
    assertEquals(Optional.of(at(1)), message.sentAt());
  }

  @Test
  void otherStatusesDoNotSetSentAt() {
    Message message = outbound();
    message.advance(MessageStatus.FAILED, at(1));
    assertEquals(Optional.empty(), message.sentAt());
  }

  @Test
  void aMessageWithoutStatusTakesAnyStatus() {
    Message inbound = Message.inbound(Ids.newId(), CONVERSATION, Channel.SMS, "hi", T0);
    assertTrue(inbound.advance(MessageStatus.READ, at(1)));
    assertEquals(Optional.of(MessageStatus.READ), inbound.status());
  }

  @Test
  void carrierReportKeepsRawStatusAndErrorWhateverTheMappedStatusDid() {
    Message message = outbound();
    message.advance(MessageStatus.DELIVERED, at(2));
    boolean moved = message.advance(MessageStatus.FAILED, at(3));
    message.carrierReport("undelivered", "30003", "Unreachable destination handset");
    assertTrue(moved);
    assertEquals(Optional.of("undelivered"), message.carrierStatus());
    assertEquals(Optional.of("30003"), message.errorCode());
    assertEquals(Optional.of("Unreachable destination handset"), message.errorMessage());

    // a late callback does not move the status, but its raw status is kept
    assertFalse(message.advance(MessageStatus.SENT, at(4)));
    message.carrierReport("sent", null, null);
    assertEquals(Optional.of("sent"), message.carrierStatus());
    assertEquals(Optional.of(MessageStatus.FAILED), message.status());
    assertEquals(
        Optional.of("30003"),
        message.errorCode(),
        "an error is not cleared by a report without one");
    assertEquals(Optional.of("Unreachable destination handset"), message.errorMessage());
  }

  @Test
  void aReportWithoutStatusKeepsTheLastRawStatus() {
    Message message =
        Message.outbound(Ids.newId(), CONVERSATION, Channel.EMAIL, SENDER, "Renewal offer", T0);
    message.carrierReport("bounce", "550", "Mailbox unavailable");
    assertEquals(Optional.of("bounce"), message.carrierStatus());
    assertEquals(Optional.of("550"), message.errorCode());
    message.carrierReport(null, null, null);
    assertEquals(Optional.of("bounce"), message.carrierStatus());
  }

  @Test
  void carrierIdAddressesAndSubjectAreKept() {
    Message message = outbound();
    assertEquals(Optional.empty(), message.carrierMessageId());
    message.carrierId("twilio", "SM0123456789abcdef0123456789abcdef");
    message.address("+14155550100", "+14155550101");
    message.subject("Your order");
    assertEquals(Optional.of("SM0123456789abcdef0123456789abcdef"), message.carrierMessageId());
    assertEquals(Optional.of("twilio"), message.carrier());
    assertEquals(Optional.of("+14155550100"), message.fromAddress());
    assertEquals(Optional.of("+14155550101"), message.toAddress());
    assertEquals(Optional.of("Your order"), message.subject());
  }
}
