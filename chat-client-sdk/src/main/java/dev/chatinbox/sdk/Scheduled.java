package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.Pages;
import dev.chatinbox.sdk.internal.generated.api.ScheduledMessagesApi;
import dev.chatinbox.sdk.model.Message;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Scheduled messages (spec 9): list them, cancel one while it is still scheduled. Schedule with the
 * {@code scheduledAt} argument of the {@link Messages} sends.
 */
public final class Scheduled {
  private final ScheduledMessagesApi api;
  private final Calls calls;

  Scheduled(ScheduledMessagesApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /**
   * One page, ordered by due time; {@code conversationId} and {@code status} ({@code scheduled},
   * {@code cancelled}, {@code sent}, ...) may be null.
   */
  public Page<Message> list(String conversationId, String status, int page, int pageSize) {
    UUID conversation = conversationId == null ? null : UUID.fromString(conversationId);
    var out =
        calls.idempotent(() -> api.listScheduledMessages(conversation, page, pageSize, status));
    return Mapping.page(out.getData().getData(), out.getData().getMeta(), Mapping::message);
  }

  /** Every matching scheduled message, page by page. */
  public Stream<Message> stream(String conversationId, String status, int pageSize) {
    return Pages.stream(page -> list(conversationId, status, page, pageSize));
  }

  /**
   * Cancels a message that is still scheduled; a message already sent or cancelled is a {@link
   * ChatApiException} with status 409.
   *
   * @return the new status ({@code cancelled})
   */
  public String cancel(String messageId) {
    return calls.once(() -> api.cancelScheduledMessage(messageId)).getData().getStatus().getValue();
  }
}
