package dev.chatinbox.core.application.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.contact.AddressOwnership;
import dev.chatinbox.core.application.contact.ContactChanges;
import dev.chatinbox.core.application.contact.ContactDirectoryService;
import dev.chatinbox.core.application.contact.NewContact;
import dev.chatinbox.core.application.conversation.ConversationViewAssembler;
import dev.chatinbox.core.application.view.FeedEvent;
import dev.chatinbox.core.application.view.InboxUpdatesView;
import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.infrastructure.persistence.JpaInboxChangeRepository;
import dev.chatinbox.core.infrastructure.persistence.SqlMessagePages;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contact's own changes and a conversation's creation are logged in the write's transaction
 * (issue #19: contact.created/updated, conversation.created) with no conversation for the contact
 * entries; integrators read them with the contact as the directory shows it, while the WebSocket
 * and polling readers keep the spec's types; a contact entry is visible as its contact is.
 */
class ContactChangeLogTest {

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "h2"})
  void contactAndCreationEntriesReachIntegratorsOnlyAndFollowTheContactsVisibility(String db)
      throws Exception {
    try (TestDatabase database = db.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
        InboxFixture f = new InboxFixture(database)) {
      User admin = f.user("admin", Role.ADMIN);
      User owner = f.user("owner", Role.USER);
      User stranger = f.user("stranger", Role.USER);
      Caller asAdmin = InboxFixture.caller(admin);
      ContactDirectoryService directory =
          new ContactDirectoryService(
              f.contacts,
              f.users,
              new AccessPolicy(),
              new TeamMembers(f.users),
              f.conversations,
              f.events,
              new AddressOwnership(f.contacts),
              f.clock);
      JpaInboxChangeRepository log = new JpaInboxChangeRepository(f.em);
      ChangeFeed feed =
          new ChangeFeed(
              f.cards,
              new SqlMessagePages(f.reads, f.totals),
              new ConversationViewAssembler(f.cards),
              new AccessPolicy(),
              new dev.chatinbox.core.infrastructure.persistence.JpaMentionRepository(
                  f.em, f.reads));

      UUID contact =
          f.tx(
                  em ->
                      directory.create(
                          asAdmin,
                          new NewContact(
                              "Ada Lovelace",
                              Optional.empty(),
                              Optional.of("+14155550142"),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.of(owner.id()))))
              .id();
      f.tx(
          em ->
              directory.update(
                  asAdmin,
                  contact,
                  new ContactChanges(
                      Optional.empty(),
                      Optional.of(Optional.of("CTO")),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty())));
      UUID conversation =
          f.tx(em -> f.conversationService.open(asAdmin, contact, Channel.SMS)).conversation().id();
      f.tx(em -> f.contactDetailsService.addTag(asAdmin, conversation, "vip"));
      f.tx(em -> log.sequencePending(100));

      List<LoggedChange> changes = log.after(0, 100);
      assertEquals(
          List.of(
              ChangeType.CONTACT_CREATED,
              ChangeType.CONTACT_UPDATED,
              ChangeType.CONVERSATION_CREATED,
              ChangeType.CONVERSATION_UPDATE,
              ChangeType.CONTACT_UPDATED,
              ChangeType.CONVERSATION_UPDATE),
          changes.stream().map(c -> c.change().type()).toList(),
          "each write's entries, in its transaction, in order");
      for (LoggedChange c : changes) {
        assertEquals(contact, c.change().contactId());
        assertEquals(
            c.change().type().aboutContact() ? Optional.empty() : Optional.of(conversation),
            c.change().conversationId());
      }

      // the WebSocket and polling readers: only the spec's types
      List<FeedEvent> realtime = feed.visibleTo(asAdmin, changes, Optional.empty());
      assertEquals(
          List.of(ChangeType.CONVERSATION_UPDATE, ChangeType.CONVERSATION_UPDATE),
          realtime.stream().map(FeedEvent::type).toList());
      InboxUpdatesView polled =
          new InboxUpdatesService(log, feed, new AccessPolicy(), f.conversations, f.clock)
              .updates(asAdmin, Optional.of(0L), Optional.empty(), Optional.empty());
      assertEquals(
          List.of(conversation), polled.updatedConversations().stream().map(v -> v.id()).toList());
      assertEquals(changes.get(changes.size() - 1).sequence(), polled.cursor());

      // integrators: every entry, the contact as the directory shows it now
      List<FeedEvent> all = feed.everyTypeVisibleTo(asAdmin, changes);
      assertEquals(6, all.size());
      FeedEvent created = all.get(0);
      assertEquals(directory.find(asAdmin, contact), created.contact().orElseThrow());
      assertEquals("CTO", created.contact().orElseThrow().title().orElseThrow());
      assertEquals(List.of("vip"), all.get(4).contact().orElseThrow().tags());
      assertEquals(conversation, all.get(2).conversation().orElseThrow().id());

      // visibility is the contact's: its owner sees every entry, another agent none
      assertEquals(6, feed.everyTypeVisibleTo(InboxFixture.caller(owner), changes).size());
      assertTrue(feed.everyTypeVisibleTo(InboxFixture.caller(stranger), changes).isEmpty());

      // deleting the contact (ADMIN only) deletes its conversations; each deletion is logged,
      // then the contact's, in the deleting transaction
      assertThrows(
          AccessDeniedException.class,
          () ->
              f.tx(
                  em -> {
                    directory.delete(InboxFixture.caller(owner), contact);
                    return null;
                  }));
      f.tx(
          em -> {
            directory.delete(asAdmin, contact);
            return null;
          });
      f.tx(em -> log.sequencePending(100));
      List<LoggedChange> deletion = log.after(changes.get(changes.size() - 1).sequence(), 100);
      assertEquals(
          List.of(ChangeType.CONVERSATION_DELETED, ChangeType.CONTACT_DELETED),
          deletion.stream().map(c -> c.change().type()).toList());
      assertTrue(
          f.tx(em -> f.conversations.find(conversation, Visibility.everything())).isEmpty(),
          "conversation gone");
      assertTrue(f.tx(em -> f.contacts.find(contact)).isEmpty(), "contact gone");
      // the contact that decided visibility is gone: every reader learns the conversation went
      // (only its id), the contact's deletion only readers who see every contact
      for (User reader : List.of(admin, owner, stranger)) {
        assertEquals(
            List.of(ChangeType.CONVERSATION_DELETED),
            feed.visibleTo(InboxFixture.caller(reader), deletion, Optional.empty()).stream()
                .map(FeedEvent::type)
                .toList(),
            reader.username());
      }
      assertEquals(
          List.of(ChangeType.CONVERSATION_DELETED, ChangeType.CONTACT_DELETED),
          feed.everyTypeVisibleTo(asAdmin, deletion).stream().map(FeedEvent::type).toList());
      assertEquals(
          List.of(ChangeType.CONVERSATION_DELETED),
          feed.everyTypeVisibleTo(InboxFixture.caller(stranger), deletion).stream()
              .map(FeedEvent::type)
              .toList());
    }
  }
}
