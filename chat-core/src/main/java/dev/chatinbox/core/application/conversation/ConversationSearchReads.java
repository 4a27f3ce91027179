package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The read of a conversation search, on one connection ({@link Read}): the caller's visibility, the
 * matching conversations ({@link ConversationMatches}, visibility inside the query), their views.
 * Called through {@link ConversationSearchService}, whose bulkhead admits it first.
 */
@ApplicationScoped
public class ConversationSearchReads {
  private ConversationMatches matches;
  private ConversationViewAssembler views;
  private AccessPolicy access;
  private InboxSettings settings;
  private SearchSettings searchSettings;
  private Clock clock;

  protected ConversationSearchReads() {}

  @Inject
  public ConversationSearchReads(
      ConversationMatches matches,
      ConversationViewAssembler views,
      AccessPolicy access,
      InboxSettings settings,
      SearchSettings searchSettings,
      Clock clock) {
    this.matches = matches;
    this.views = views;
    this.access = access;
    this.settings = settings;
    this.searchSettings = searchSettings;
    this.clock = clock;
  }

  @Read
  public List<ConversationView> search(
      Caller caller, String text, ConversationFilter filter, Optional<Channel> channel) {
    Instant recentSince =
        clock.instant().minus(settings.recentWindow()).truncatedTo(ChronoUnit.MINUTES);
    ConversationCriteria criteria =
        new ConversationCriteria(
            filter, channel, Optional.of(text.trim()), ConversationSort.LATEST, recentSince);
    return views.views(
        matches.matching(
            criteria,
            access.inboxVisibility(caller),
            ConversationSearchService.MAX_RESULTS,
            searchSettings.timeout()),
        caller);
  }
}
