package dev.chatinbox.core.infrastructure.carrier.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.OutboundEmail;
import dev.chatinbox.core.spi.carrier.OutboundText;
import dev.chatinbox.core.spi.carrier.Reconciliation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The zero-setup carriers: accept everything, mark it sandbox, log without contact data. */
class SandboxCarrierTest {
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    Logger.getLogger(SandboxTextCarrier.class.getName()).addHandler(capture);
    Logger.getLogger(SandboxEmailCarrier.class.getName()).addHandler(capture);
  }

  @AfterEach
  void releaseLogs() {
    Logger.getLogger(SandboxTextCarrier.class.getName()).removeHandler(capture);
    Logger.getLogger(SandboxEmailCarrier.class.getName()).removeHandler(capture);
  }

  @Test
  void textSandboxAcceptsWithASandboxReceipt() {
    SandboxTextCarrier carrier = new SandboxTextCarrier();
    OutboundText message =
        new OutboundText(
            UUID.randomUUID(),
            Channel.WHATSAPP,
            Optional.empty(),
            "+14155550101",
            "A private body",
            Optional.empty(),
            Map.of());

    CarrierReceipt first = carrier.send(message);
    CarrierReceipt second = carrier.send(message);

    assertTrue(first.carrierMessageId().startsWith("SMsandbox"), first.carrierMessageId());
    assertTrue(first.carrierMessageId().length() <= 64, "fits messages.twilio_message_id");
    assertNotEquals(first.carrierMessageId(), second.carrierMessageId());
    assertEquals("queued", first.rawStatus());
    assertTrue(first.sandbox());
    assertTrue(carrier.sandbox());
    assertEquals(Reconciliation.notAccepted(), carrier.reconcile(message, Instant.now()));

    LogRecord record = records.get(0);
    assertEquals(Level.INFO, record.getLevel());
    String line = formatted(record);
    assertTrue(line.contains("Sandbox carrier accepted"), line);
    assertTrue(line.contains(message.messageId().toString()), line);
    assertFalse(line.contains("+14155550101"), "no full address at INFO: " + line);
    assertFalse(line.contains("A private body"), "no body at INFO: " + line);
  }

  @Test
  void emailSandboxAcceptsWithASandboxReceipt() {
    SandboxEmailCarrier carrier = new SandboxEmailCarrier();
    OutboundEmail email =
        new OutboundEmail(
            UUID.randomUUID(),
            "Support",
            "support@example.com",
            List.of("maria@example.net"),
            List.of(),
            List.of(),
            "Secret subject",
            "<p>A private body</p>",
            "A private body",
            List.of());

    CarrierReceipt receipt = carrier.send(email);

    assertTrue(receipt.carrierMessageId().startsWith("sandbox."), receipt.carrierMessageId());
    assertEquals("accepted", receipt.rawStatus());
    assertTrue(receipt.sandbox());
    assertTrue(carrier.sandbox());
    assertEquals(Reconciliation.notAccepted(), carrier.reconcile(email, Instant.now()));

    String line = formatted(records.get(0));
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertFalse(line.contains("maria@example.net"), line);
    assertFalse(line.contains("A private body"), line);
    assertFalse(line.contains("Secret subject"), line);
  }

  private static String formatted(LogRecord record) {
    return java.text.MessageFormat.format(record.getMessage(), record.getParameters());
  }
}
