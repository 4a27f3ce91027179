package dev.chatinbox.core.domain.change;

/** The change log's storage. */
public interface InboxChangeRepository {
  /** Appends an entry in the current transaction (its sequence is set once written). */
  void append(InboxChange change);
}
