package dev.chatinbox.core.domain.contact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of contacts and the things hanging off them, read in batches for list pages. */
public interface ContactRepository {
  Optional<Contact> find(UUID id);

  void store(Contact contact);

  /**
   * Contacts with these ids, with emails, phones, tags, followers and DND loaded, in a constant
   * number of queries.
   */
  List<Contact> findAllWithDetails(Collection<UUID> ids);

  /** Automations with these ids. */
  List<Automation> findAutomations(Collection<UUID> ids);

  void store(Automation automation);
}
