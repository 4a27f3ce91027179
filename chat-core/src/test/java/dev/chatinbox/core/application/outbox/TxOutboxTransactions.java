package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.infrastructure.persistence.JpaOutboxRepository;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.support.InboxFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox's transactions, each in its own resource-local transaction of a fixture, as the
 * container runs each in a JTA transaction on Liberty. Every public method of {@link
 * OutboxTransactions} must be wrapped here.
 */
final class TxOutboxTransactions extends OutboxTransactions {
  private final InboxFixture f;

  TxOutboxTransactions(
      InboxFixture f,
      SenderPacer pacer,
      InboxEvents events,
      dev.chatinbox.core.application.delivery.MessageStatusService statuses) {
    super(
        new JpaOutboxRepository(f.em),
        f.messages,
        f.conversations,
        f.contacts,
        pacer,
        events,
        statuses);
    this.f = f;
  }

  @Override
  public List<Dispatch> claim(Instant now, int limit, Duration lease) {
    return f.tx(em -> super.claim(now, limit, lease));
  }

  @Override
  public boolean startAttempt(Dispatch dispatch, Instant now, Duration lease) {
    return f.tx(em -> super.startAttempt(dispatch, now, lease));
  }

  @Override
  public void accepted(UUID id, CarrierReceipt receipt, Instant now) {
    f.tx(
        em -> {
          super.accepted(id, receipt, now);
          return null;
        });
  }

  @Override
  public void transientFailure(UUID id, String code, String reason, Instant now) {
    f.tx(
        em -> {
          super.transientFailure(id, code, reason, now);
          return null;
        });
  }

  @Override
  public void permanentFailure(
      UUID id, String code, String reason, boolean consentWithdrawn, Instant now) {
    f.tx(
        em -> {
          super.permanentFailure(id, code, reason, consentWithdrawn, now);
          return null;
        });
  }

  @Override
  public boolean carrierIdTakenByAnother(UUID id, String carrierMessageId) {
    return f.tx(em -> super.carrierIdTakenByAnother(id, carrierMessageId));
  }

  @Override
  public boolean restartAttempt(UUID id, Instant now, Duration lease) {
    return f.tx(em -> super.restartAttempt(id, now, lease));
  }

  @Override
  public void outcomeUnknown(UUID id, String code, String reason, Instant reconcileAt) {
    f.tx(
        em -> {
          super.outcomeUnknown(id, code, reason, reconcileAt);
          return null;
        });
  }

  @Override
  public void awaitConfirmation(UUID id, Instant until) {
    f.tx(
        em -> {
          super.awaitConfirmation(id, until);
          return null;
        });
  }
}
