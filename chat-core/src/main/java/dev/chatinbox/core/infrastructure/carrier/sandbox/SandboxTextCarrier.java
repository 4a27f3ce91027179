package dev.chatinbox.core.infrastructure.carrier.sandbox;

import dev.chatinbox.core.infrastructure.carrier.CarrierAdapter;
import dev.chatinbox.core.infrastructure.carrier.LogMasks;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.OutboundText;
import dev.chatinbox.core.spi.carrier.Reconciliation;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Accepts SMS and WhatsApp messages without sending them. Receipts carry an id shaped like a Twilio
 * message SID ({@code SMsandbox…}) and Twilio's first status, {@code queued}.
 */
@ApplicationScoped
@CarrierAdapter(SandboxTextCarrier.CARRIER)
public class SandboxTextCarrier implements TextCarrier {
  /** Prefix of the ids this carrier hands out. */
  public static final String ID_PREFIX = "SMsandbox";

  private static final Logger LOG = Logger.getLogger(SandboxTextCarrier.class.getName());

  @Override
  public CarrierReceipt send(OutboundText message) {
    String id = ID_PREFIX + UUID.randomUUID().toString().replace("-", "");
    LOG.log(
        Level.INFO,
        "Sandbox carrier accepted {0} message {1} to {2} as {3}; nothing was sent",
        new Object[] {
          message.channel().wireName(), message.messageId(), LogMasks.phone(message.to()), id
        });
    return new CarrierReceipt(CARRIER, id, "queued", true);
  }

  /** Nothing ever leaves the sandbox: "sending" again after an interruption is harmless. */
  @Override
  public Reconciliation reconcile(OutboundText message, Instant since) {
    return Reconciliation.notAccepted();
  }

  /** The name messages carried by the sandbox are stored with. */
  public static final String CARRIER = "sandbox";

  @Override
  public String name() {
    return CARRIER;
  }

  @Override
  public boolean sandbox() {
    return true;
  }
}
