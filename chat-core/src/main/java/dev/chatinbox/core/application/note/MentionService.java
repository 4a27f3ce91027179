package dev.chatinbox.core.application.note;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.MentionView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.note.MentionRepository;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** A user's mentions: the list (a read model) and marking one read. */
@ApplicationScoped
public class MentionService {
  private MentionPages pages;
  private MentionRepository mentions;
  private AccessPolicy access;
  private Clock clock;

  protected MentionService() {}

  @Inject
  public MentionService(
      MentionPages pages, MentionRepository mentions, AccessPolicy access, Clock clock) {
    this.pages = pages;
    this.mentions = mentions;
    this.access = access;
    this.clock = clock;
  }

  /**
   * One page of the caller's own mentions, newest first, in conversations they may still see.
   *
   * @param unreadOnly only those not marked read
   */
  @Read
  public Page<MentionView> list(Caller caller, boolean unreadOnly, PageRequest page) {
    return pages.page(caller.userId(), access.inboxVisibility(caller), unreadOnly, page);
  }

  /** Marks one of the caller's mentions read; someone else's, or none, is 404. */
  @Transactional
  public void markRead(Caller caller, UUID mentionId) {
    access.requireInbox(caller);
    if (!mentions.markRead(caller.userId(), mentionId, clock.instant())) {
      throw new ObjectNotFoundException("Mention");
    }
  }
}
