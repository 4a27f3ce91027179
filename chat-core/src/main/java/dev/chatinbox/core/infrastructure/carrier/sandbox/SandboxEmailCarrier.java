package dev.chatinbox.core.infrastructure.carrier.sandbox;

import dev.chatinbox.core.infrastructure.carrier.CarrierAdapter;
import dev.chatinbox.core.infrastructure.carrier.LogMasks;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.OutboundEmail;
import dev.chatinbox.core.spi.carrier.Reconciliation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Accepts emails without sending them. Receipts carry an id {@code sandbox.…}. */
@ApplicationScoped
@CarrierAdapter(SandboxTextCarrier.CARRIER)
public class SandboxEmailCarrier implements EmailCarrier {
  /** Prefix of the ids this carrier hands out. */
  public static final String ID_PREFIX = "sandbox.";

  private static final Logger LOG = Logger.getLogger(SandboxEmailCarrier.class.getName());

  @Override
  public CarrierReceipt send(OutboundEmail email) {
    String id = ID_PREFIX + UUID.randomUUID().toString().replace("-", "");
    int recipients = size(email.to()) + size(email.cc()) + size(email.bcc());
    LOG.log(
        Level.INFO,
        "Sandbox carrier accepted email {0} to {1} ({2} recipient(s), {3} attachment(s)) as {4}; nothing was sent",
        new Object[] {
          email.messageId(),
          size(email.to()) == 0 ? "-" : LogMasks.email(email.to().get(0)),
          recipients,
          size(email.attachments()),
          id
        });
    return new CarrierReceipt(SandboxTextCarrier.CARRIER, id, "accepted", true);
  }

  /** Nothing ever leaves the sandbox: "sending" again after an interruption is harmless. */
  @Override
  public Reconciliation reconcile(OutboundEmail email, Instant since) {
    return Reconciliation.notAccepted();
  }

  @Override
  public String name() {
    return SandboxTextCarrier.CARRIER;
  }

  @Override
  public boolean sandbox() {
    return true;
  }

  private static int size(java.util.List<?> list) {
    return list == null ? 0 : list.size();
  }
}
