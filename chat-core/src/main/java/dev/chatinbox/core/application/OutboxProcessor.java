package dev.chatinbox.core.application;

import dev.chatinbox.core.domain.message.delivery.CarrierException;
import dev.chatinbox.core.domain.message.delivery.CarrierReceipt;
import dev.chatinbox.core.domain.message.delivery.EmailCarrier;
import dev.chatinbox.core.domain.message.delivery.Reconciliation;
import dev.chatinbox.core.domain.message.delivery.TextCarrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands due outbox entries to their carriers. Each entry's attempt is recorded (committed) before
 * the carrier call; the outcome is recorded after it. A call a crash cut short is reconciled with
 * the carrier before anything is sent again, so a message is never sent twice and never lost.
 *
 * <p>Safe on several nodes at once: entries are claimed with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class OutboxProcessor {
  private static final Logger LOG = Logger.getLogger(OutboxProcessor.class.getName());

  /** Entries claimed per round. */
  static final int BATCH = 50;

  /**
   * How long a claimed entry may be in a carrier call before another node treats it as cut short.
   */
  static final Duration LEASE = Duration.ofMinutes(2);

  /**
   * How long to wait for a carrier that cannot be asked (SendGrid) to confirm an interrupted call.
   */
  static final Duration CONFIRMATION_GRACE = Duration.ofMinutes(15);

  private OutboxTransactions transactions;
  private TextCarrier textCarrier;
  private EmailCarrier emailCarrier;
  private MessageStatusService statuses;
  private Clock clock;

  protected OutboxProcessor() {}

  @Inject
  public OutboxProcessor(
      OutboxTransactions transactions,
      TextCarrier textCarrier,
      EmailCarrier emailCarrier,
      MessageStatusService statuses,
      Clock clock) {
    this.transactions = transactions;
    this.textCarrier = textCarrier;
    this.emailCarrier = emailCarrier;
    this.statuses = statuses;
    this.clock = clock;
  }

  /** One round: claims what is due and dispatches it. @return entries handled */
  public int dispatchDue() {
    List<Dispatch> claimed = transactions.claim(clock.instant(), BATCH, LEASE);
    claimed.forEach(this::dispatch);
    return claimed.size();
  }

  private void dispatch(Dispatch dispatch) {
    if (dispatch.uncertainSince().isPresent()) {
      Reconciliation answer = reconcile(dispatch, dispatch.uncertainSince().get());
      if (answer.receipt().isPresent()) {
        LOG.info(
            () ->
                "Outbox: message "
                    + dispatch.messageId()
                    + " had reached the carrier before an interruption");
        accepted(dispatch, answer.receipt().get());
        return;
      }
      Instant graceEnd = dispatch.uncertainSince().get().plus(CONFIRMATION_GRACE);
      if (!answer.known() && clock.instant().isBefore(graceEnd)) {
        transactions.awaitConfirmation(dispatch.messageId(), graceEnd);
        return;
      }
      LOG.info(
          () ->
              "Outbox: message "
                  + dispatch.messageId()
                  + " did not reach the carrier before an interruption; sending it");
    }
    try {
      CarrierReceipt receipt =
          dispatch.text().isPresent()
              ? textCarrier.send(dispatch.text().get())
              : emailCarrier.send(dispatch.email().orElseThrow());
      accepted(dispatch, receipt);
    } catch (CarrierException e) {
      if (e.transientFailure()) {
        LOG.log(
            Level.WARNING,
            "Outbox: carrier unavailable for message {0} ({1}); will retry",
            new Object[] {dispatch.messageId(), e.code()});
        transactions.transientFailure(dispatch.messageId(), e.code(), e.reason(), clock.instant());
      } else {
        LOG.log(
            Level.INFO,
            "Outbox: carrier refused message {0}: {1}",
            new Object[] {dispatch.messageId(), e.code()});
        transactions.permanentFailure(dispatch.messageId(), e.code(), e.reason(), clock.instant());
      }
    } catch (RuntimeException e) {
      // fault tolerance (circuit open, bulkhead full, timeout) or an unexpected failure: retry
      // later
      LOG.log(
          Level.WARNING,
          "Outbox: sending message " + dispatch.messageId() + " failed; will retry",
          e);
      transactions.transientFailure(
          dispatch.messageId(),
          e.getClass().getSimpleName(),
          "carrier call failed",
          clock.instant());
    }
  }

  private Reconciliation reconcile(Dispatch dispatch, Instant since) {
    try {
      return dispatch.text().isPresent()
          ? textCarrier.reconcile(dispatch.text().get(), since)
          : emailCarrier.reconcile(dispatch.email().orElseThrow(), since);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox: could not reconcile message " + dispatch.messageId(), e);
      return Reconciliation.unknown();
    }
  }

  private void accepted(Dispatch dispatch, CarrierReceipt receipt) {
    transactions.accepted(dispatch.messageId(), receipt, clock.instant());
    if (receipt.sandbox()) {
      // the sandbox delivers at once, reported through the same path as real carrier callbacks
      MessageStatusService.Source source =
          dispatch.text().isPresent()
              ? MessageStatusService.Source.TWILIO
              : MessageStatusService.Source.SENDGRID;
      statuses.record(
          source, receipt.carrierMessageId(), "sent", Optional.empty(), Optional.empty());
      statuses.record(
          source, receipt.carrierMessageId(), "delivered", Optional.empty(), Optional.empty());
    }
  }
}
