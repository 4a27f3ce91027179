package dev.chatinbox.core.domain.contact;

import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of contacts and the things hanging off them, read in batches for list pages. */
public interface ContactRepository {
  Optional<Contact> find(UUID id);

  void store(Contact contact);

  /**
   * Deletes a contact; the database deletes its addresses, tags, followers and conversations (with
   * their messages) with it.
   */
  void delete(Contact contact);

  /** The contact if it exists and {@code visibility} allows it (same rule as conversations). */
  Optional<Contact> find(UUID id, Visibility visibility);

  /** Visible contacts whose name, username, emails or phones contain {@code text}, by name. */
  Page<Contact> search(Optional<String> text, Visibility visibility, PageRequest page);

  /**
   * Contacts with these ids, with emails, phones, tags, followers and DND loaded, in a constant
   * number of queries.
   */
  List<Contact> findAllWithDetails(Collection<UUID> ids);

  void store(Automation automation);

  /**
   * Serialises, until the transaction ends, the work of transactions that look up or create the
   * contact of this address, so that two first messages from a new number arriving together make
   * one contact (a transaction-scoped advisory lock on PostgreSQL; the embedded single-node
   * database serialises writers itself).
   */
  void lockAddress(String address);

  /** The contact with this E.164 phone (unique since V8). */
  Optional<Contact> findByPhone(String e164);

  /** The contact with this (normalised) email address (unique since V8). */
  Optional<Contact> findByEmail(String normalisedEmail);
}
