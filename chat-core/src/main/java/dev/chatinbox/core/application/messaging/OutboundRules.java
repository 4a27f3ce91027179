package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.EmailAddresses;
import dev.chatinbox.core.domain.contact.PhoneNumbers;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.TooLargeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a send must pass (decisions.md and the outbound issue). Each check adds the field at
 * fault; {@link #violations()} then names every problem at once.
 */
final class OutboundRules {
  static final int SMS_MAX = 1600;
  static final int WHATSAPP_MAX = 4096;
  static final int SUBJECT_MAX = 998;
  static final int EMAIL_BODY_MAX = 1_000_000;
  static final int MAX_RECIPIENTS = 50;
  static final int FROM_NAME_MAX = 200;
  static final java.time.Duration WHATSAPP_WINDOW = java.time.Duration.ofHours(24);

  /** C0 controls, DEL and the C1 controls (U+0080..U+009F), and the Unicode line separators. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]");

  private static final Pattern CONTENT_TYPE =
      Pattern.compile("[a-zA-Z0-9][\\w.+-]*/[a-zA-Z0-9][\\w.+-]*");

  /** Executable and script types we refuse to send as attachments. */
  private static final Set<String> REFUSED_TYPES =
      Set.of(
          "application/x-msdownload",
          "application/x-msdos-program",
          "application/x-sh",
          "application/x-bat",
          "application/javascript",
          "text/javascript",
          "application/x-executable",
          "application/vnd.microsoft.portable-executable",
          "application/java-archive");

  private final List<FieldViolation> violations = new ArrayList<>();

  List<FieldViolation> violations() {
    return violations;
  }

  private void reject(String field, String message) {
    violations.add(new FieldViolation(field, message));
  }

  /** The recipient phone, which must be one of the contact's. */
  String textRecipient(Contact contact, String to) {
    String given = to == null ? "" : to.strip();
    if (contact.phones().stream()
        .anyMatch(
            p ->
                !PhoneNumbers.isReachable(p.phone())
                    && p.phone().equals(PhoneNumbers.senderAddress(given)))) {
      throw new ConflictException(
          "unreachable-address",
          "'"
              + truncate(given)
              + "' is a short code or alphanumeric sender id: it can send messages but cannot"
              + " receive them");
    }
    Optional<String> phone = PhoneNumbers.normalise(to);
    if (phone.isEmpty()) {
      reject(
          "to",
          "must be a phone number in E.164 form, e.g. +14155550101"
              + " (whatsapp:+… allowed on WhatsApp)");
      return null;
    }
    if (contact.phones().stream().noneMatch(p -> p.phone().equals(phone.get()))) {
      reject("to", "must be one of the contact's phone numbers");
      return null;
    }
    return phone.get();
  }

  Optional<String> textSender(Optional<String> from, OutboundSettings settings) {
    if (from.isEmpty() || from.get().isBlank()) {
      return Optional.empty();
    }
    Optional<String> phone = PhoneNumbers.normalise(from.get());
    if (phone.isEmpty()) {
      reject("from", "must be a phone number in E.164 form");
    } else if (!settings.textSenderAllowed(phone.get())) {
      reject(
          "from",
          "is not a verified sender (chat.twilio.verified-senders, or the default sms-from /"
              + " whatsapp-from)");
      return Optional.empty();
    }
    return phone;
  }

  /**
   * The text of an SMS or WhatsApp message, or a WhatsApp template instead of it.
   *
   * @param templateIdProblem the carrier's check of a template id's format
   */
  void textBody(
      Channel channel,
      String message,
      Optional<String> contentSid,
      java.util.Map<String, String> contentVariables,
      java.util.function.Function<String, Optional<String>> templateIdProblem) {
    int max = channel == Channel.WHATSAPP ? WHATSAPP_MAX : SMS_MAX;
    boolean template = contentSid.isPresent();
    if (template && channel != Channel.WHATSAPP) {
      reject("contentSid", "templates are for WhatsApp only");
    }
    contentSid.flatMap(templateIdProblem).ifPresent(problem -> reject("contentSid", problem));
    if (!template && contentVariables != null && !contentVariables.isEmpty()) {
      reject("contentVariables", "only with a template (contentSid)");
    }
    if ((message == null || message.isBlank()) && !template) {
      reject("message", "is required");
    } else if (message != null && message.length() > max) {
      reject("message", "must be at most " + max + " characters on " + channel.wireName());
    }
  }

  /** The email recipient, which must be one of the contact's emails. */
  String emailRecipient(Contact contact, String to) {
    Optional<String> email = EmailAddresses.normalise(to);
    if (email.isEmpty()) {
      reject("to", "must be a valid email address");
      return null;
    }
    if (contact.emails().stream().noneMatch(e -> e.email().equals(email.get()))) {
      reject("to", "must be one of the contact's email addresses");
      return null;
    }
    return email.get();
  }

  List<String> copies(String field, List<String> addresses) {
    List<String> valid = new ArrayList<>();
    for (String address : addresses) {
      Optional<String> email = EmailAddresses.normalise(address);
      if (email.isEmpty()) {
        reject(field, "'" + truncate(address) + "' is not a valid email address");
      } else {
        valid.add(email.get());
      }
    }
    return valid;
  }

  void recipientCount(int count) {
    if (count > MAX_RECIPIENTS) {
      reject("cc", "at most " + MAX_RECIPIENTS + " recipients in to, cc and bcc together");
    }
  }

  String sender(String fromEmail, OutboundSettings settings) {
    Optional<String> email = EmailAddresses.normalise(fromEmail);
    if (email.isEmpty()) {
      reject("fromEmail", "must be a valid email address");
      return null;
    }
    if (!settings.senderAllowed(email.get())) {
      reject("fromEmail", "is not a verified sender (chat.sendgrid.verified-senders)");
      return null;
    }
    return email.get();
  }

  void required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      reject(field, "is required");
    } else if (value.length() > max) {
      reject(field, "must be at most " + max + " characters");
    }
  }

  /**
   * A text that becomes an email header (subject, sender name): required, at most {@code max}
   * characters, and without control characters — a CR or LF would start a header of its own ({@code
   * "Hi\r\nBcc: x@evil"}).
   */
  void headerText(String field, String value, int max) {
    required(field, value, max);
    if (value != null && CONTROL.matcher(value).find()) {
      reject(field, "must not contain control characters (line breaks, tabs, NUL…)");
    }
  }

  /**
   * The sender's display name: a header text that also has no {@code "}, {@code \}, {@code <} or
   * {@code >} — refused rather than quoted, so that the name shown is exactly the name written and
   * can never read as an address ({@code "Bank <ceo@bank.example>"}).
   */
  void senderName(String value) {
    headerText("fromName", value, FROM_NAME_MAX);
    if (value != null && value.chars().anyMatch(c -> "\"\\<>".indexOf(c) >= 0)) {
      reject("fromName", "must not contain quotes, backslashes or angle brackets");
    }
  }

  void attachments(List<SendEmail.Attachment> attachments, OutboundSettings settings) {
    long total = 0;
    for (int i = 0; i < attachments.size(); i++) {
      SendEmail.Attachment a = attachments.get(i);
      String field = "attachments[" + i + "]";
      if (a.filename() == null
          || a.filename().isBlank()
          || a.filename().length() > 255
          || a.filename().matches(".*[/\\\\\\x00-\\x1f].*")) {
        reject(
            field + ".filename", "must be 1..255 characters without slashes or control characters");
      } else {
        ExecutableContent.byName(a.filename()).ifPresent(why -> reject(field + ".filename", why));
      }
      ExecutableContent.byContent(a.content()).ifPresent(why -> reject(field + ".content", why));
      String type =
          a.contentType() == null
              ? ""
              : a.contentType().toLowerCase(Locale.ROOT).split(";")[0].trim();
      if (!CONTENT_TYPE.matcher(type).matches()) {
        reject(field + ".contentType", "must be a media type like application/pdf");
      } else if (REFUSED_TYPES.contains(type)) {
        reject(field + ".contentType", "executable and script attachments are not sent");
      }
      if (a.content().length > settings.maxAttachmentBytes()) {
        throw new TooLargeException(
            field + ".content",
            "An attachment may have at most " + settings.maxAttachmentBytes() + " bytes");
      }
      total += a.content().length;
    }
    if (total > settings.maxAttachmentsTotalBytes()) {
      throw new TooLargeException(
          "attachments",
          "Attachments may have at most "
              + settings.maxAttachmentsTotalBytes()
              + " bytes together");
    }
  }

  void schedule(Optional<Instant> scheduledAt, Instant now, OutboundSettings settings) {
    scheduledAt.ifPresent(
        at -> {
          if (!at.isAfter(now)) {
            reject("scheduledAt", "must be in the future");
          } else if (at.isAfter(now.plus(settings.scheduleHorizon()))) {
            reject("scheduledAt", "must be within " + horizonText(settings.scheduleHorizon()));
          }
        });
  }

  /** "365 days" for whole days, else the ISO 8601 duration ("PT12H"). */
  private static String horizonText(java.time.Duration horizon) {
    return horizon.toSeconds() % 86_400 == 0
        ? horizon.toDays() + " days from now"
        : horizon + " from now";
  }

  /** Do-not-disturb refuses the send outright (409), whatever else is wrong. */
  static void notDisturbed(Contact contact, Channel channel) {
    if (contact.doNotDisturb(channel)) {
      throw new ConflictException(
          "dnd",
          "The contact asked not to be messaged on "
              + (contact.dndAll() ? "any channel" : channel.wireName()));
    }
  }

  private static String truncate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
