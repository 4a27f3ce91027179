package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.domain.change.InboxChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Numbers committed change-log entries (see {@link InboxChangeRepository#sequencePending}). Run
 * after each commit that logged changes and periodically; safe on several nodes at once.
 */
@ApplicationScoped
public class ChangeSequencer {
  static final int BATCH = 1000;

  private InboxChangeRepository log;

  protected ChangeSequencer() {}

  @Inject
  public ChangeSequencer(InboxChangeRepository log) {
    this.log = log;
  }

  /** One batch, in its own transaction. @return how many entries were numbered */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sequence() {
    return log.sequencePending(BATCH);
  }
}
