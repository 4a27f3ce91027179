package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.Pages;
import dev.chatinbox.sdk.internal.generated.api.NotesApi;
import dev.chatinbox.sdk.internal.generated.model.CreateNoteRequest;
import dev.chatinbox.sdk.model.Mention;
import dev.chatinbox.sdk.model.Message;
import java.util.stream.Stream;

/**
 * Private notes (never sent to the contact) and the caller's mentions: a note's {@code @username}
 * names a team member who may see the conversation.
 */
public final class Notes {
  private final NotesApi api;
  private final Calls calls;

  Notes(NotesApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /** Writes a note (a message of sender type {@code note}) into the conversation. */
  public Message write(String conversationId, String body) {
    var request = new CreateNoteRequest().body(body);
    return Mapping.message(calls.once(() -> api.createNote(conversationId, request)).getData());
  }

  /** One page of the caller's mentions, newest first; {@code unreadOnly}: those not read yet. */
  public Page<Mention> mentions(boolean unreadOnly, int page, int pageSize) {
    var out = calls.idempotent(() -> api.listMentions(page, pageSize, unreadOnly ? true : null));
    return Mapping.page(out.getData().getData(), out.getData().getMeta(), Mapping::mention);
  }

  /** Every mention of the caller (or every unread one), page by page. */
  public Stream<Mention> streamMentions(boolean unreadOnly, int pageSize) {
    return Pages.stream(page -> mentions(unreadOnly, page, pageSize));
  }

  /** Marks one of the caller's mentions read. */
  public void markRead(String mentionId) {
    calls.idempotent(
        () -> {
          api.markMentionRead(mentionId);
          return null;
        });
  }
}
