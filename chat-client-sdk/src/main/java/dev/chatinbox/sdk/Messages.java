package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.Pages;
import dev.chatinbox.sdk.internal.generated.api.MessagesApi;
import dev.chatinbox.sdk.internal.generated.model.EmailAttachmentRequest;
import dev.chatinbox.sdk.internal.generated.model.SendEmailRequest;
import dev.chatinbox.sdk.internal.generated.model.SendSmsRequest;
import dev.chatinbox.sdk.internal.generated.model.SendWhatsAppRequest;
import dev.chatinbox.sdk.model.Message;
import dev.chatinbox.sdk.model.OutgoingEmail;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Messages of a conversation (spec section 2): history and sending. A non-null {@code scheduledAt}
 * schedules the message instead of sending it now. Sends are never retried (a lost response may
 * hide a message that went out).
 */
public final class Messages {
  private final MessagesApi api;
  private final Calls calls;
  private final RawApi raw;

  Messages(MessagesApi api, Calls calls, RawApi raw) {
    this.api = api;
    this.calls = calls;
    this.raw = raw;
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

  /**
   * Sends (or schedules) an approved WhatsApp template — what WhatsApp allows outside the 24 hours
   * after the contact's last message (the free-form send is then refused with 409 {@code
   * /problems/whatsapp-window}). The message shows the template id and variables in its {@code
   * metadata}, and the rendered text once Twilio has sent it.
   *
   * @param contentSid the template's Twilio Content SID ({@code HX…})
   * @param variables its variables, e.g. {@code Map.of("1", "Ann")}; empty when it has none
   */
  public Message sendWhatsAppTemplate(
      String conversationId,
      String to,
      String contentSid,
      Map<String, String> variables,
      Instant scheduledAt) {
    var request =
        new SendWhatsAppRequest()
            .to(to)
            .contentSid(contentSid)
            .contentVariables(variables == null || variables.isEmpty() ? null : variables)
            .scheduledAt(Mapping.offset(scheduledAt));
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
            .cc(email.cc().isEmpty() ? null : List.copyOf(email.cc()))
            .bcc(email.bcc().isEmpty() ? null : List.copyOf(email.bcc()))
            .attachments(
                email.attachments().isEmpty()
                    ? null
                    : email.attachments().stream()
                        .map(
                            a ->
                                new EmailAttachmentRequest()
                                    .filename(a.filename())
                                    .contentType(a.contentType())
                                    .content(Base64.getEncoder().encodeToString(a.content())))
                        .toList())
            .scheduledAt(Mapping.offset(email.scheduledAt()));
    return Mapping.message(calls.once(() -> api.sendEmail(conversationId, request)).getData());
  }

  /**
   * The content of a message's attachment, by the {@code url} its metadata gives ({@link
   * dev.chatinbox.sdk.model.MessageMetadata.Attachment#url()}).
   */
  public byte[] downloadAttachment(String url) {
    return raw.download(url);
  }
}
