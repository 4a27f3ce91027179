package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.spi.carrier.CarrierException;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.Reconciliation;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands due outbox entries to their carriers. Each entry's attempt is recorded (committed) before
 * the carrier call; the outcome is recorded after it. A call whose outcome is unknown — a crash
 * during it, or a timeout or broken connection after the request went out — is reconciled with the
 * carrier before anything is sent again, so a message is never sent twice and never lost:
 *
 * <ul>
 *   <li>the carrier has it → accepted with the carrier's id;
 *   <li>the carrier certainly does not have it (and has had {@link OutboxSettings#reconcileDelay()}
 *       to show it) → sent again, as a newly recorded attempt;
 *   <li>the carrier cannot tell (SendGrid has no lookup; Twilio's lookup failed) → asked again
 *       later, and sent again only once {@link #CONFIRMATION_GRACE} has passed since the attempt
 *       without the carrier's events reporting the message.
 * </ul>
 *
 * <p>Failures after which the carrier certainly does not have the message (connection refused, open
 * circuit, full bulkhead, HTTP 429/5xx) are retried with backoff ({@link RetryBackoff}).
 *
 * <p>Safe on several nodes at once: entries are claimed with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class OutboxProcessor {
  private static final Logger LOG = Logger.getLogger(OutboxProcessor.class.getName());

  /** Entries claimed per round. */
  static final int BATCH = 50;

  /**
   * How long to wait for a carrier that cannot tell (SendGrid) to confirm an uncertain call before
   * sending again.
   */
  static final Duration CONFIRMATION_GRACE = Duration.ofMinutes(15);

  private OutboxTransactions transactions;
  private TextCarrier textCarrier;
  private EmailCarrier emailCarrier;
  private MessageStatusService statuses;
  private OutboxSettings settings;
  private Clock clock;

  protected OutboxProcessor() {}

  @Inject
  public OutboxProcessor(
      OutboxTransactions transactions,
      TextCarrier textCarrier,
      EmailCarrier emailCarrier,
      MessageStatusService statuses,
      OutboxSettings settings,
      Clock clock) {
    this.transactions = transactions;
    this.textCarrier = textCarrier;
    this.emailCarrier = emailCarrier;
    this.statuses = statuses;
    this.settings = settings;
    this.clock = clock;
  }

  /** One round, one message after the other. @return entries handled */
  public int dispatchDue() {
    return dispatchDue(Runnable::run);
  }

  /**
   * One round: claims what is due (pacing decides how much) and hands the claimed messages to the
   * carriers concurrently on {@code executor}, at most {@link OutboxSettings#concurrency()} calls
   * at a time; returns once every call of the round is settled, so rounds never overlap.
   *
   * @return entries handled
   */
  public int dispatchDue(Executor executor) {
    List<Dispatch> claimed = transactions.claim(clock.instant(), BATCH, settings.lease());
    Semaphore slots = new Semaphore(settings.concurrency());
    List<CompletableFuture<Void>> calls = new ArrayList<>(claimed.size());
    for (Dispatch dispatch : claimed) {
      slots.acquireUninterruptibly();
      try {
        calls.add(
            CompletableFuture.runAsync(
                () -> {
                  try {
                    dispatchSafely(dispatch);
                  } finally {
                    slots.release();
                  }
                },
                executor));
      } catch (RuntimeException rejected) {
        slots.release();
        // the executor refused (shutting down): the claim runs out and the entry is due again
        LOG.log(
            Level.WARNING, "Outbox: could not start the call of " + dispatch.messageId(), rejected);
      }
    }
    calls.forEach(CompletableFuture::join);
    return claimed.size();
  }

  private void dispatchSafely(Dispatch dispatch) {
    try {
      dispatch(dispatch);
    } catch (RuntimeException e) {
      // the entry stays claimed until its claim or lease ends, then is due or reconciled
      LOG.log(Level.WARNING, "Outbox: handling message " + dispatch.messageId() + " failed", e);
    }
  }

  private void dispatch(Dispatch dispatch) {
    if (dispatch.uncertainSince().isPresent()) {
      if (!settleUncertain(dispatch)) {
        return;
      }
    } else if (!transactions.startAttempt(dispatch, clock.instant(), settings.lease())) {
      return; // cancelled meanwhile, or another dispatcher took over a claim that ran out
    }
    try {
      CarrierReceipt receipt =
          dispatch.text().isPresent()
              ? textCarrier.send(dispatch.text().get())
              : emailCarrier.send(dispatch.email().orElseThrow());
      accepted(dispatch, receipt);
    } catch (CarrierException e) {
      if (e.outcomeUnknown()) {
        Instant reconcileAt = clock.instant().plus(settings.reconcileDelay());
        LOG.log(
            Level.WARNING,
            "Outbox: the carrier may or may not have taken message {0} ({1}); asking it at {2}"
                + " before sending again",
            new Object[] {dispatch.messageId(), e.code(), reconcileAt});
        transactions.outcomeUnknown(dispatch.messageId(), e.code(), e.reason(), reconcileAt);
      } else if (e.transientFailure()) {
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
        transactions.permanentFailure(
            dispatch.messageId(), e.code(), e.reason(), e.consentWithdrawn(), clock.instant());
      }
    } catch (RuntimeException e) {
      // not a carrier answer: whether the call went out is not known, so reconcile before resending
      LOG.log(
          Level.WARNING,
          "Outbox: sending message " + dispatch.messageId() + " failed unexpectedly",
          e);
      transactions.outcomeUnknown(
          dispatch.messageId(),
          e.getClass().getSimpleName(),
          "carrier call failed",
          clock.instant().plus(settings.reconcileDelay()));
    }
  }

  /**
   * Asks the carrier about an attempt whose outcome is unknown.
   *
   * @return true when the message is to be sent again now (a new attempt is recorded)
   */
  private boolean settleUncertain(Dispatch dispatch) {
    Instant since = dispatch.uncertainSince().orElseThrow();
    Instant now = clock.instant();
    Reconciliation answer = reconcile(dispatch, since);
    if (answer.receipt().isPresent()) {
      LOG.info(
          () ->
              "Outbox: message "
                  + dispatch.messageId()
                  + " had reached the carrier before its answer was lost");
      accepted(dispatch, answer.receipt().get());
      return false;
    }
    Instant settled = since.plus(settings.reconcileDelay());
    if (answer.known() && now.isBefore(settled)) {
      // the carrier may not list a message it is still creating: ask again once it settled
      transactions.awaitConfirmation(dispatch.messageId(), settled);
      return false;
    }
    Instant graceEnd = since.plus(CONFIRMATION_GRACE);
    if (!answer.known() && now.isBefore(graceEnd)) {
      Instant askAgain = now.plus(settings.reconcileDelay());
      transactions.awaitConfirmation(
          dispatch.messageId(), askAgain.isBefore(graceEnd) ? askAgain : graceEnd);
      return false;
    }
    LOG.info(
        () ->
            "Outbox: message "
                + dispatch.messageId()
                + (answer.known()
                    ? " did not reach the carrier; sending it"
                    : " was not confirmed by the carrier within the grace period; sending it"));
    return transactions.restartAttempt(dispatch.messageId(), now, settings.lease());
  }

  private Reconciliation reconcile(Dispatch dispatch, Instant since) {
    try {
      Reconciliation answer =
          dispatch.text().isPresent()
              ? textCarrier.reconcile(dispatch.text().get(), since)
              : emailCarrier.reconcile(dispatch.email().orElseThrow(), since);
      if (answer.receipt().isPresent()
          && transactions.carrierIdTakenByAnother(
              dispatch.messageId(), answer.receipt().get().carrierMessageId())) {
        // the twin of an earlier message (same text, recipient and sender), not this one
        LOG.log(
            Level.WARNING,
            "Outbox: the carrier message matching {0} belongs to another message; cannot tell",
            dispatch.messageId());
        return Reconciliation.unknown();
      }
      return answer;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox: could not reconcile message " + dispatch.messageId(), e);
      return Reconciliation.unknown();
    }
  }

  private void accepted(Dispatch dispatch, CarrierReceipt receipt) {
    transactions.accepted(dispatch.messageId(), receipt, clock.instant());
    if (receipt.sandbox()) {
      // the sandbox delivers at once, reported through the same path as real carrier callbacks
      statuses.record(
          StatusReport.of(
              receipt.carrier(), receipt.carrierMessageId(), "sent", MessageStatus.SENT));
      statuses.record(
          StatusReport.of(
              receipt.carrier(), receipt.carrierMessageId(), "delivered", MessageStatus.DELIVERED));
    }
  }
}
