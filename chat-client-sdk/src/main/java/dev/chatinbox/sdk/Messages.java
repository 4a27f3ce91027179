package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.Pages;
import dev.chatinbox.sdk.internal.generated.api.MessagesApi;
import dev.chatinbox.sdk.internal.generated.model.SendEmailRequest;
import dev.chatinbox.sdk.internal.generated.model.SendSmsRequest;
import dev.chatinbox.sdk.internal.generated.model.SendWhatsAppRequest;
import dev.chatinbox.sdk.model.Message;
import dev.chatinbox.sdk.model.OutgoingEmail;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Messages of a conversation (spec section 2): history and sending. A non-null {@code scheduledAt}
 * schedules the message instead of sending it now. Sends are never retried (a lost response may
 * hide a message that went out).
 */
public final class Messages {
  private final MessagesApi api;
  private final Calls calls;

  Messages(MessagesApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /** One page of the history, newest first. */
  public Page<Message> list(String conversationId, int page, int pageSize) {
    var out = calls.idempotent(() -> api.listMessages(conversationId, null, null, page, pageSize));
    return Mapping.page(out.getData().getData(), out.getData().getMeta(), Mapping::message);
  }

  /** The whole history, fetched page by page as the stream is consumed. */
  public Stream<Message> stream(String conversationId, int pageSize) {
    return Pages.stream(page -> list(conversationId, page, pageSize));
  }

  /** Sends (or schedules) an SMS to one of the contact's numbers. */
  public Message sendSms(String conversationId, String to, String text, Instant scheduledAt) {
    var request =
        new SendSmsRequest().to(to).message(text).scheduledAt(Mapping.offset(scheduledAt));
    return Mapping.message(calls.once(() -> api.sendSms(conversationId, request)).getData());
  }

  /** Sends (or schedules) a WhatsApp message to one of the contact's numbers. */
  public Message sendWhatsApp(String conversationId, String to, String text, Instant scheduledAt) {
    var request =
        new SendWhatsAppRequest().to(to).message(text).scheduledAt(Mapping.offset(scheduledAt));
    return Mapping.message(calls.once(() -> api.sendWhatsApp(conversationId, request)).getData());
  }

  /** Sends (or schedules) an email to one of the contact's addresses. */
  public Message sendEmail(String conversationId, OutgoingEmail email) {
    var request =
        new SendEmailRequest()
            .fromName(email.fromName())
            .fromEmail(email.fromEmail())
            .to(email.to())
            .subject(email.subject())
            .body(email.body())
            .scheduledAt(Mapping.offset(email.scheduledAt()));
    return Mapping.message(calls.once(() -> api.sendEmail(conversationId, request)).getData());
  }
}
