package dev.chatinbox.core.application.delivery;

import dev.chatinbox.core.application.delivery.MessageStatusService.Outcome;
import dev.chatinbox.core.spi.carrier.StatusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Group commit of carrier status reports: webhook requests that arrive while earlier ones are being
 * committed are recorded together, in one transaction ({@link MessageStatusService#recordAll}), and
 * each request returns only once the transaction holding its reports has committed — so a 2xx to
 * the carrier always means "stored".
 *
 * <p>No request waits for a timer: a request that finds fewer than {@code
 * chat.status.group-committers} groups committing commits at once (with whatever is queued), the
 * others queue and the next group takes them (at most {@value #MAX_GROUP_REPORTS} reports). Under
 * low load every request is its own group; under load, groups grow with the load.
 *
 * <p>A group that fails (a deadlock, a report the database refuses) is retried one request per
 * transaction, so one bad request fails alone and the others are still recorded.
 */
@ApplicationScoped
public class StatusCommits {
  private static final Logger LOG = Logger.getLogger(StatusCommits.class.getName());

  /** Reports per group at most (a request's own batch may exceed it; it then commits alone). */
  static final int MAX_GROUP_REPORTS = 500;

  private MessageStatusService statuses;
  private int committers;
  private final ArrayDeque<Request> queue = new ArrayDeque<>();
  private int committing;

  protected StatusCommits() {}

  @Inject
  public StatusCommits(
      MessageStatusService statuses,
      @ConfigProperty(name = "chat.status.group-committers", defaultValue = "2") int committers) {
    this.statuses = statuses;
    this.committers = Math.max(1, committers);
  }

  /**
   * Records the reports of one request; returns once they are committed.
   *
   * @return what became of each report, in order
   * @throws RuntimeException what recording this request alone threw
   */
  public List<Outcome> record(List<StatusReport> reports) {
    if (reports.isEmpty()) {
      return List.of();
    }
    Request mine = new Request(reports);
    boolean lead;
    synchronized (queue) {
      lead = committing < committers;
      if (lead) {
        committing++;
      } else {
        queue.add(mine);
      }
    }
    if (lead || mine.awaitTurn()) {
      commitWith(mine);
    }
    return mine.outcome();
  }

  /** Requests waiting for a group (tests). */
  int queued() {
    synchronized (queue) {
      return queue.size();
    }
  }

  /** Commits {@code first} with what is queued, then hands the turn to the next in the queue. */
  private void commitWith(Request first) {
    List<Request> group = new ArrayList<>();
    group.add(first);
    int size = first.reports.size();
    synchronized (queue) {
      while (!queue.isEmpty() && size + queue.peek().reports.size() <= MAX_GROUP_REPORTS) {
        Request next = queue.poll();
        group.add(next);
        size += next.reports.size();
      }
    }
    try {
      commit(group, size);
    } finally {
      Request next;
      synchronized (queue) {
        next = queue.poll();
        if (next == null) {
          committing--;
        }
      }
      if (next != null) {
        next.lead(); // it commits the next group on its own thread; this one returns
      }
      for (Request r : group) {
        if (r != first) {
          r.done();
        }
      }
    }
  }

  private void commit(List<Request> group, int size) {
    if (group.size() == 1) {
      group.get(0).settle(() -> statuses.recordAll(group.get(0).reports));
      return;
    }
    List<StatusReport> all = new ArrayList<>(size);
    group.forEach(r -> all.addAll(r.reports));
    List<Outcome> outcomes;
    try {
      outcomes = statuses.recordAll(all);
    } catch (RuntimeException e) {
      LOG.log(
          Level.FINE,
          "A group of " + group.size() + " status requests failed; recording them one by one",
          e);
      group.forEach(r -> r.settle(() -> statuses.recordAll(r.reports)));
      return;
    }
    int from = 0;
    for (Request r : group) {
      int to = from + r.reports.size();
      List<Outcome> own = outcomes.subList(from, to);
      r.settle(() -> own);
      from = to;
    }
  }

  /** One request's reports, and how its thread learns what to do and what became of them. */
  private static final class Request {
    final List<StatusReport> reports;

    /** true: commit the next group; false: committed by another thread. */
    private final CompletableFuture<Boolean> turn = new CompletableFuture<>();

    private List<Outcome> outcomes;
    private RuntimeException failure;

    Request(List<StatusReport> reports) {
      this.reports = List.copyOf(reports);
    }

    boolean awaitTurn() {
      return turn.join();
    }

    void lead() {
      turn.complete(true);
    }

    void done() {
      turn.complete(false);
    }

    void settle(java.util.function.Supplier<List<Outcome>> recording) {
      try {
        outcomes = List.copyOf(recording.get());
      } catch (RuntimeException e) {
        failure = e;
      }
    }

    List<Outcome> outcome() {
      if (failure != null) {
        throw failure;
      }
      if (outcomes == null) {
        throw new IllegalStateException("the group holding these reports ended without an answer");
      }
      return outcomes;
    }
  }
}
