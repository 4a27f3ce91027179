package dev.chatinbox.core.application.delivery;

import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The transactions of {@link StatusReconciler}: finding candidates and claiming one check. */
@ApplicationScoped
public class StatusChecks {
  private MessageRepository messages;

  protected StatusChecks() {}

  @Inject
  public StatusChecks(MessageRepository messages) {
    this.messages = messages;
  }

  /** Messages awaiting a report, oldest first; see {@link MessageRepository#awaitingStatus}. */
  @Transactional
  public List<Message> due(
      String carrier,
      Instant acceptedAfter,
      Instant acceptedBefore,
      Instant checkedBefore,
      int maxChecks,
      int n) {
    return messages
        .awaitingStatus(carrier, acceptedAfter, acceptedBefore, checkedBefore, maxChecks, n)
        .stream()
        .sorted(Comparator.comparing(m -> m.sentAt().orElse(Instant.EPOCH)))
        .toList();
  }

  /** Takes one check of a message; false when another node took it meanwhile. */
  @Transactional
  public boolean claim(UUID messageId, Instant now, Instant checkedBefore) {
    return messages.claimStatusCheck(messageId, now, checkedBefore);
  }
}
