package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationCards.ConversationCard;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.ConversationCountsView;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.application.workflow.ConversationWorkflow;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationCursor;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.conversation.WorkflowFilter;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Listing, reading, starring, marking read and deleting conversations (spec 1.1–1.4), and opening
 * one with a contact.
 */
@ApplicationScoped
public class ConversationService {
  private ConversationRepository conversations;
  private ConversationLookup lookup;
  private ContactRepository contacts;
  private ConversationCards cards;
  private ConversationViewAssembler views;
  private AccessPolicy access;
  private InboxSettings settings;
  private InboxEvents events;
  private ConversationWorkflow workflow;
  private Clock clock;

  protected ConversationService() {}

  @Inject
  public ConversationService(
      ConversationRepository conversations,
      ConversationLookup lookup,
      ContactRepository contacts,
      ConversationCards cards,
      ConversationViewAssembler views,
      AccessPolicy access,
      InboxSettings settings,
      InboxEvents events,
      ConversationWorkflow workflow,
      Clock clock) {
    this.conversations = conversations;
    this.lookup = lookup;
    this.contacts = contacts;
    this.cards = cards;
    this.views = views;
    this.access = access;
    this.settings = settings;
    this.events = events;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** One page of the conversations {@code caller} may see. */
  @Read
  public Page<ConversationView> list(
      Caller caller,
      ConversationFilter filter,
      Optional<Channel> channel,
      Optional<String> search,
      ConversationSort sort,
      PageRequest page,
      Optional<ConversationCursor> after) {
    return list(caller, filter, channel, search, sort, page, after, WorkflowFilter.none());
  }

  /** One page of the conversations {@code caller} may see, with the workflow filters (#18). */
  @Read
  public Page<ConversationView> list(
      Caller caller,
      ConversationFilter filter,
      Optional<Channel> channel,
      Optional<String> search,
      ConversationSort sort,
      PageRequest page,
      Optional<ConversationCursor> after,
      WorkflowFilter workflow) {
    Visibility visibility = access.inboxVisibility(caller);
    // to the minute: the window's edge need not move every millisecond, and the same criteria
    // within a minute share a remembered total
    Instant recentSince =
        clock.instant().minus(settings.recentWindow()).truncatedTo(ChronoUnit.MINUTES);
    ConversationCriteria criteria =
        new ConversationCriteria(
            filter,
            channel,
            search.map(String::trim).filter(s -> !s.isEmpty()),
            sort,
            recentSince,
            after,
            workflow);
    Page<ConversationCard> found = cards.page(criteria, visibility, page);
    return found.withItems(views.views(found.items(), caller));
  }

  /**
   * The tab counts of {@code caller}'s visible conversations, in one statement: per status, and
   * mine / unassigned / all within {@code status} when present.
   */
  @Read
  public ConversationCountsView counts(Caller caller, Optional<ConversationStatus> status) {
    return cards.counts(access.inboxVisibility(caller), caller.userId(), status);
  }

  @Read
  public ConversationView get(Caller caller, UUID conversationId) {
    return views.view(
        cards
            .visible(conversationId, access.inboxVisibility(caller))
            .orElseThrow(UnknownConversationException::new),
        caller);
  }

  /**
   * Applies a partial update (star, unread count; status, snooze, assignee, team) and returns the
   * result. Each workflow change is recorded as an activity entry of the timeline, announced as a
   * {@code new_message} before the conversation's update.
   */
  @Transactional
  public ConversationView update(Caller caller, UUID conversationId, ConversationChanges changes) {
    Conversation conversation = visible(caller, conversationId);
    Instant now = clock.instant();
    changes.starred().ifPresent(starred -> conversation.star(starred, now));
    changes.unreadCount().ifPresent(count -> conversation.setUnreadCount(count, now));
    List<UUID> activities = workflow.apply(caller, conversation, changes, now);
    conversations.store(conversation);
    activities.forEach(activity -> events.newMessage(conversation, activity));
    events.conversationUpdated(conversation);
    return view(conversation, caller);
  }

  /** Deletes a conversation with its messages. ADMIN only; invisible ids are 404 first. */
  @Transactional
  public void delete(Caller caller, UUID conversationId) {
    Conversation conversation = visible(caller, conversationId);
    access.requireAdmin(caller, "delete conversations");
    conversations.delete(conversation);
    events.conversationDeleted(conversation);
  }

  /**
   * The conversation of a visible contact on a channel, created when there is none yet (one per
   * contact and channel). The contact must be reachable on the channel: a phone for SMS and
   * WhatsApp, an email address for Email.
   */
  @Transactional
  public OpenedConversation open(Caller caller, UUID contactId, Channel channel) {
    Contact contact =
        contacts
            .find(contactId, access.inboxVisibility(caller))
            .orElseThrow(() -> new ObjectNotFoundException("Contact"));
    Optional<Conversation> existing = conversations.findByContactAndChannel(contactId, channel);
    if (existing.isPresent()) {
      return new OpenedConversation(view(existing.get(), caller), false);
    }
    boolean reachable =
        channel == Channel.EMAIL ? contact.primaryEmail() != null : contact.primaryPhone() != null;
    if (!reachable) {
      throw new InvalidInputException(
          "channel",
          "the contact has no "
              + (channel == Channel.EMAIL ? "email address" : "phone number")
              + " for "
              + channel.wireName());
    }
    Instant now = clock.instant();
    Conversation created = new Conversation(Ids.newId(), contactId, channel, now);
    conversations.store(created);
    conversations.flush();
    workflow.opened(created, Optional.of(caller.userId()), now);
    events.conversationUpdated(created);
    return new OpenedConversation(view(created, caller), true);
  }

  private Conversation visible(Caller caller, UUID conversationId) {
    return lookup.visible(caller, conversationId);
  }

  private ConversationView view(Conversation conversation, Caller caller) {
    return views.view(ConversationCard.of(conversation), caller);
  }
}
