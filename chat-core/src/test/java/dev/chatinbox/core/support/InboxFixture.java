package dev.chatinbox.core.support;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.contact.ContactDetailsService;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.conversation.ConversationSearchReads;
import dev.chatinbox.core.application.conversation.ConversationSearchService;
import dev.chatinbox.core.application.conversation.ConversationService;
import dev.chatinbox.core.application.conversation.ConversationViewAssembler;
import dev.chatinbox.core.application.conversation.InboxSettings;
import dev.chatinbox.core.application.conversation.SearchBulkhead;
import dev.chatinbox.core.application.conversation.SearchSettings;
import dev.chatinbox.core.application.inbound.InboundConversations;
import dev.chatinbox.core.application.messaging.MessageHistoryService;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.workflow.AutoAssignment;
import dev.chatinbox.core.application.workflow.ConversationWorkflow;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.infrastructure.persistence.JpaContactRepository;
import dev.chatinbox.core.infrastructure.persistence.JpaConversationRepository;
import dev.chatinbox.core.infrastructure.persistence.JpaMessageRepository;
import dev.chatinbox.core.infrastructure.persistence.JpaTeamRepository;
import dev.chatinbox.core.infrastructure.persistence.JpaUserRepository;
import dev.chatinbox.core.infrastructure.persistence.PageTotals;
import dev.chatinbox.core.infrastructure.persistence.SqlConversationCards;
import dev.chatinbox.core.infrastructure.persistence.SqlConversationSearch;
import dev.chatinbox.core.infrastructure.persistence.SqlMessagePages;
import dev.chatinbox.core.infrastructure.persistence.SqlReads;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;

/**
 * Services wired by hand on one entity manager (resource-local), as CDI wires them in the server.
 */
public final class InboxFixture implements AutoCloseable {
  public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  public final EntityManager em;
  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Totals counted exactly up to 1,000 rows and never remembered: tests read their writes. */
  public final PageTotals totals = new PageTotals(1000, 0);

  public final JpaUserRepository users;
  public final JpaContactRepository contacts;
  public final JpaConversationRepository conversations;
  public final JpaMessageRepository messages;
  public final SqlReads reads;
  public final SqlConversationCards cards;
  public final ConversationService conversationService;
  public final MessageHistoryService historyService;
  public final ContactDetailsService contactDetailsService;
  public final ConversationSearchService searchService;
  public final SearchSettings searchSettings;
  public final InboxEvents events;
  public final JpaTeamRepository teams;
  public final ConversationWorkflow workflow;
  public final AutoAssignment autoAssignment;

  public InboxFixture(TestDatabase db) {
    this.em = db.emf().createEntityManager();
    this.users = new JpaUserRepository(em);
    this.contacts = new JpaContactRepository(em, totals);
    this.conversations = new JpaConversationRepository(em);
    this.messages = new JpaMessageRepository(em, totals);
    AccessPolicy access = new AccessPolicy();
    this.events =
        new InboxEvents(
            new dev.chatinbox.core.infrastructure.persistence.JpaInboxChangeRepository(em),
            new RecordingEvent<>(),
            clock);
    ConversationLookup lookup = new ConversationLookup(conversations, access);
    this.teams = new JpaTeamRepository(em);
    this.workflow =
        new ConversationWorkflow(conversations, messages, users, teams, new TeamMembers(users));
    this.autoAssignment = new AutoAssignment(teams, workflow, clock);
    this.reads = new SqlReads(em, db.dataSource());
    this.cards = new SqlConversationCards(reads, totals);
    ConversationViewAssembler views = new ConversationViewAssembler(cards);
    this.conversationService =
        new ConversationService(
            conversations,
            lookup,
            contacts,
            cards,
            views,
            access,
            new InboxSettings(30),
            events,
            workflow,
            clock);
    this.historyService = new MessageHistoryService(new SqlMessagePages(reads, totals), access);
    this.contactDetailsService =
        new ContactDetailsService(
            lookup,
            conversationService,
            contacts,
            views,
            new TeamMembers(users),
            conversations,
            events,
            new dev.chatinbox.core.application.contact.AddressOwnership(contacts),
            clock);
    this.searchSettings = new SearchSettings(SearchSettings.DEFAULT_TIMEOUT_MS);
    this.searchService =
        new ConversationSearchService(
            new SearchBulkhead(searchSettings),
            new ConversationSearchReads(
                new SqlConversationSearch(reads),
                views,
                access,
                new InboxSettings(30),
                searchSettings,
                clock));
  }

  /** Where inbound messages go, announcing on {@code log} (auto-assignment and reopening too). */
  public InboundConversations inbound(InboxEvents log, Clock at) {
    return new InboundConversations(
        contacts, conversations, messages, workflow, autoAssignment, log, at);
  }

  /**
   * Runs {@code work} in one transaction, as {@code @Transactional} does in the server; one at a
   * time (the entity manager serves one thread), so code under test may call it from several.
   */
  public synchronized <T> T tx(Function<EntityManager, T> work) {
    em.getTransaction().begin();
    try {
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  public User user(String username, Role role) {
    return tx(
        em -> {
          User user =
              new User(
                  Ids.newId(),
                  username,
                  username,
                  username.toUpperCase(),
                  username + "@team.test",
                  Set.of(role),
                  NOW);
          users.store(user);
          return user;
        });
  }

  public static Caller caller(User user) {
    return new Caller(user.id(), user.roles());
  }

  public Contact contact(String name, String phone, String email, User owner, User... followers) {
    return tx(
        em -> {
          Contact contact = new Contact(Ids.newId(), name, NOW);
          if (phone != null) {
            contact.addPhone(phone, true, NOW);
          }
          if (email != null) {
            contact.addEmail(email, true, NOW);
          }
          if (owner != null) {
            contact.assignOwner(owner.id(), NOW);
          }
          for (User follower : followers) {
            contact.follow(follower.id(), NOW);
          }
          contacts.store(contact);
          return contact;
        });
  }

  public Conversation conversation(Contact contact, Channel channel, Instant createdAt) {
    return tx(
        em -> {
          Conversation conversation =
              new Conversation(Ids.newId(), contact.id(), channel, createdAt);
          conversations.store(conversation);
          return conversation;
        });
  }

  /** Stores a message from the contact at {@code at} and makes it the conversation's last. */
  public Message inbound(Conversation conversation, String body, Instant at) {
    Message message =
        tx(
            em -> {
              Message m =
                  Message.inbound(
                      Ids.newId(at.toEpochMilli()),
                      conversation.id(),
                      conversation.channel(),
                      body,
                      at);
              messages.store(m);
              return m;
            });
    tx(
        em -> {
          Conversation managed = em.find(Conversation.class, conversation.id());
          managed.recordMessage(message.id(), at, true, at);
          return managed;
        });
    return message;
  }

  /** Stores a message a team member sent at {@code at}. */
  public Message outbound(Conversation conversation, User sender, String body, Instant at) {
    Message message =
        tx(
            em -> {
              Message m =
                  Message.outbound(
                      Ids.newId(at.toEpochMilli()),
                      conversation.id(),
                      conversation.channel(),
                      sender.id(),
                      body,
                      at);
              messages.store(m);
              return m;
            });
    tx(
        em -> {
          Conversation managed = em.find(Conversation.class, conversation.id());
          managed.recordMessage(message.id(), at, false, at);
          return managed;
        });
    return message;
  }

  @Override
  public void close() {
    em.close();
  }
}
