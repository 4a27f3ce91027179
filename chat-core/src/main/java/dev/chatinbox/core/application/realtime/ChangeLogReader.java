package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.domain.change.InboxChangeRepository;
import dev.chatinbox.core.domain.change.LoggedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the numbered change log for real-time delivery. */
@ApplicationScoped
public class ChangeLogReader {
  private InboxChangeRepository log;

  protected ChangeLogReader() {}

  @Inject
  public ChangeLogReader(InboxChangeRepository log) {
    this.log = log;
  }

  /** Entries after {@code sequence}, in order, at most {@code limit}. */
  @Transactional
  public List<LoggedChange> after(long sequence, int limit) {
    return log.after(sequence, limit);
  }

  /** The newest position. */
  @Transactional
  public long head() {
    return log.head();
  }
}
