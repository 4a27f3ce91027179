package dev.chatinbox.core.domain.change;

import java.time.Instant;
import java.util.List;

/** The change log's storage. */
public interface InboxChangeRepository {
  /**
   * Appends an entry as part of the current transaction, without a number yet: readers see it once
   * {@link #sequencePending} has numbered it after commit.
   */
  void append(InboxChange change);

  /** Appends several entries, in this order, with one statement (see {@link #append}). */
  void appendAll(List<InboxChange> changes);

  /**
   * Numbers committed entries that have no number yet, in the order they were appended, at most
   * {@code limit}; runs under the log's lock, so numbers follow commit order across nodes.
   *
   * @return how many entries were numbered
   */
  int sequencePending(int limit);

  /** Entries after {@code sequence}, in order, at most {@code limit}. */
  List<LoggedChange> after(long sequence, int limit);

  /** The first entries that occurred after {@code time}, in order, at most {@code limit}. */
  List<LoggedChange> occurredAfter(Instant time, int limit);

  /**
   * The position of the oldest numbered entry still kept ({@link #head} + 1 when none is): a reader
   * that saw less than this minus one has missed entries pruned since.
   */
  long oldest();

  /** The position of the newest numbered entry (0 when there is none). */
  long head();

  /** Deletes entries that occurred before {@code time}; returns how many. */
  int pruneBefore(Instant time);
}
