package dev.chatinbox.core.spi.carrier;

import java.util.List;
import java.util.Objects;

/**
 * What a carrier adapter made of a webhook request: refused (not signed by the carrier), or one
 * carrier-neutral thing to record, with the answer the carrier expects once it is recorded.
 */
public sealed interface WebhookVerdict {
  /** The answer the carrier expects once the request is recorded. */
  Reply reply();

  /**
   * The request is not the carrier's (signature or shared secret missing or wrong, or no key
   * configured to check it): nothing is read, the answer is 403.
   */
  record Refused(String webhook) implements WebhookVerdict {
    @Override
    public Reply reply() {
      return Reply.FORBIDDEN;
    }
  }

  /** Status reports about messages we sent (a callback, or a batch recorded in one transaction). */
  record Statuses(List<StatusReport> reports, Reply reply) implements WebhookVerdict {
    public Statuses {
      reports = List.copyOf(reports);
      Objects.requireNonNull(reply);
    }
  }

  /** An SMS or WhatsApp message from a contact (consent keywords are read by the application). */
  record TextReceived(InboundText text, Reply reply) implements WebhookVerdict {}

  /** An email from a contact. */
  record EmailReceived(InboundEmail email, Reply reply) implements WebhookVerdict {}

  /**
   * The HTTP answer to give: a status, and for some carriers a body (e.g. an empty TwiML document).
   *
   * @param status HTTP status
   * @param contentType media type of {@code body}; null when there is no body
   * @param body the body; null when there is none
   */
  record Reply(int status, String contentType, String body) {
    public static final Reply NO_CONTENT = new Reply(204, null, null);
    public static final Reply FORBIDDEN = new Reply(403, null, null);
  }
}
