package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.Pages;
import dev.chatinbox.sdk.internal.generated.api.CannedRepliesApi;
import dev.chatinbox.sdk.internal.generated.model.CreateCannedReplyRequest;
import dev.chatinbox.sdk.internal.generated.model.UpdateCannedReplyRequest;
import dev.chatinbox.sdk.model.CannedReply;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Canned replies: the team's shared ones (administrators manage them) and the caller's personal
 * ones; rendered for a conversation with the contact's and the caller's names filled in.
 */
public final class CannedReplies {
  private final CannedRepliesApi api;
  private final Calls calls;

  CannedReplies(CannedRepliesApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /** One page by short code; {@code search} (a short-code prefix) may be null. */
  public Page<CannedReply> list(String search, int page, int pageSize) {
    var out = calls.idempotent(() -> api.listCannedReplies(page, pageSize, search));
    return Mapping.page(out.getData().getData(), out.getData().getMeta(), Mapping::cannedReply);
  }

  public Stream<CannedReply> stream(String search, int pageSize) {
    return Pages.stream(page -> list(search, page, pageSize));
  }

  public CannedReply get(String replyId) {
    return Mapping.cannedReply(calls.idempotent(() -> api.getCannedReply(replyId)).getData());
  }

  /** Creates a reply: {@code shared} for the team (administrators only), else the caller's own. */
  public CannedReply create(String shortCode, String title, String body, boolean shared) {
    var request =
        new CreateCannedReplyRequest().shortCode(shortCode).title(title).body(body).shared(shared);
    return Mapping.cannedReply(calls.once(() -> api.createCannedReply(request)).getData());
  }

  /** Changes the fields given (null ones stay). */
  public CannedReply update(String replyId, String shortCode, String title, String body) {
    var request = new UpdateCannedReplyRequest().shortCode(shortCode).title(title).body(body);
    return Mapping.cannedReply(calls.once(() -> api.updateCannedReply(replyId, request)).getData());
  }

  public void delete(String replyId) {
    calls.idempotent(
        () -> {
          api.deleteCannedReply(replyId);
          return null;
        });
  }

  /** The reply's body filled in for a conversation the caller can see; nothing is sent. */
  public String render(String replyId, String conversationId) {
    return calls
        .idempotent(() -> api.renderCannedReply(replyId, UUID.fromString(conversationId)))
        .getData()
        .getBody();
  }
}
