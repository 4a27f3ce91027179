package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Spec 4.1: conversations whose contact or messages match a text, best first. On PostgreSQL:
 * substring of contact name/username/emails/phones (strongest), words in message bodies (full-text,
 * ranked) and misspelt names (trigram word similarity); on the embedded database: substring of
 * contact data or message text, contact matches first.
 *
 * <p>On PostgreSQL, message text is matched in the newest {@value
 * dev.chatinbox.core.domain.conversation.ConversationRepository#NEWEST_MESSAGE_MATCHES} matching
 * messages only, so that a common word costs no more than a rare one, and the search statement runs
 * under {@link SearchSettings#timeout()}: past it the caller gets {@link
 * dev.chatinbox.core.domain.shared.TemporarilyUnavailableException} (503, retry later).
 */
@ApplicationScoped
public class ConversationSearchService {
  /** Results returned at most (the spec's search has no paging). */
  public static final int MAX_RESULTS = 50;

  private ConversationRepository conversations;
  private ConversationViewAssembler views;
  private AccessPolicy access;
  private InboxSettings settings;
  private SearchSettings searchSettings;
  private Clock clock;

  protected ConversationSearchService() {}

  @Inject
  public ConversationSearchService(
      ConversationRepository conversations,
      ConversationViewAssembler views,
      AccessPolicy access,
      InboxSettings settings,
      SearchSettings searchSettings,
      Clock clock) {
    this.conversations = conversations;
    this.views = views;
    this.access = access;
    this.settings = settings;
    this.searchSettings = searchSettings;
    this.clock = clock;
  }

  @Transactional
  public List<ConversationView> search(
      Caller caller, String text, ConversationFilter filter, Optional<Channel> channel) {
    Instant recentSince = clock.instant().minus(settings.recentWindow());
    ConversationCriteria criteria =
        new ConversationCriteria(
            filter, channel, Optional.of(text.trim()), ConversationSort.LATEST, recentSince);
    return views.assemble(
        conversations.search(
            criteria, access.inboxVisibility(caller), MAX_RESULTS, searchSettings.timeout()),
        caller);
  }
}
