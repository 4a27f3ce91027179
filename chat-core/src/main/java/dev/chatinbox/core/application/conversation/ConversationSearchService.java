package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Spec 4.1: conversations whose contact or messages match a text, best first (see {@link
 * ConversationMatches} and README "Search"), behind the search bulkhead: a search that finds every
 * permit taken is refused at once (503), before it takes a database connection; a search that runs
 * past {@link SearchSettings#timeout()} is cancelled by the database (503 as well).
 */
@ApplicationScoped
public class ConversationSearchService {
  /** Results returned at most (the spec's search has no paging). */
  public static final int MAX_RESULTS = 50;

  private SearchBulkhead bulkhead;
  private ConversationSearchReads reads;

  protected ConversationSearchService() {}

  @Inject
  public ConversationSearchService(SearchBulkhead bulkhead, ConversationSearchReads reads) {
    this.bulkhead = bulkhead;
    this.reads = reads;
  }

  public List<ConversationView> search(
      Caller caller, String text, ConversationFilter filter, Optional<Channel> channel) {
    return bulkhead.run(() -> reads.search(caller, text, filter, channel));
  }
}
