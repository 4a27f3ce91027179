package dev.chatinbox.core.application.delivery;

import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.spi.carrier.TextCarrier;
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
 * Asks the carrier about messages whose status callbacks never came — Twilio's advice, since
 * callbacks can be lost (our server down, a proxy error) and never retried. A message accepted more
 * than {@link #QUIET} ago and still only {@code sent} is looked up through the carrier's API, at
 * most {@link #MAX_CHECKS} times, {@link #RECHECK} apart, for {@link #MAX_AGE}; whatever the
 * carrier says goes through the same status path as a callback (a callback that arrives later is
 * then a duplicate). Several nodes share the work: each check is claimed by a conditional update.
 */
@ApplicationScoped
public class StatusReconciler {
  private static final Logger LOG = Logger.getLogger(StatusReconciler.class.getName());

  static final Duration QUIET = Duration.ofMinutes(10);
  static final Duration RECHECK = Duration.ofHours(1);
  static final Duration MAX_AGE = Duration.ofHours(48);
  static final int MAX_CHECKS = 3;
  static final int BATCH = 100;

  private StatusChecks checks;
  private TextCarrier carrier;
  private MessageStatusService statuses;
  private Clock clock;

  protected StatusReconciler() {}

  @Inject
  public StatusReconciler(
      StatusChecks checks, TextCarrier carrier, MessageStatusService statuses, Clock clock) {
    this.checks = checks;
    this.carrier = carrier;
    this.statuses = statuses;
    this.clock = clock;
  }

  /** One round. @return how many messages got a report from the carrier */
  public int reconcile() {
    if (carrier.sandbox()) {
      return 0; // the sandbox reports at once; nothing can be stuck
    }
    Instant now = clock.instant();
    Instant checkedBefore = now.minus(RECHECK);
    List<Message> due =
        checks.due(
            carrier.name(), now.minus(MAX_AGE), now.minus(QUIET), checkedBefore, MAX_CHECKS, BATCH);
    int reported = 0;
    for (Message message : due) {
      String sid = message.carrierMessageId().orElseThrow();
      if (!checks.claim(message.id(), now, checkedBefore)) {
        continue;
      }
      Optional<StatusReport> report;
      try {
        report = carrier.currentStatus(sid);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Could not ask the carrier about message {0} ({1}); the next round goes on",
            new Object[] {message.id(), e.toString()});
        break; // the carrier is struggling: no point asking about the rest now
      }
      if (report.isPresent()) {
        statuses.record(report.get());
        reported++;
      }
    }
    return reported;
  }
}
