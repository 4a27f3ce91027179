package dev.chatinbox.core.domain.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How our emails are recognised when a contact answers them. Every email we send carries {@code
 * Message-ID: <message-uuid@sender-domain>}; a reply names it in {@code In-Reply-To} or {@code
 * References}, so the message, and with it the conversation, is found without storing anything
 * else.
 */
public final class EmailThreading {
  private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
  private static final Pattern OURS =
      Pattern.compile(
          "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})@.+");

  private EmailThreading() {}

  /** The {@code Message-ID} of our message {@code messageId} sent from {@code fromEmail}. */
  public static String messageIdHeader(UUID messageId, String fromEmail) {
    int at = fromEmail == null ? -1 : fromEmail.lastIndexOf('@');
    String domain =
        at < 0 || at == fromEmail.length() - 1 ? "chat-inbox.invalid" : fromEmail.substring(at + 1);
    return "<" + messageId + "@" + domain + ">";
  }

  /** The message ids (without angle brackets) listed in a header, in order. */
  public static List<String> ids(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher m = ANGLE_ID.matcher(header);
    while (m.find()) {
      ids.add(m.group(1));
    }
    if (ids.isEmpty() && !header.isBlank() && !header.strip().contains(" ")) {
      ids.add(header.strip()); // a bare id without brackets
    }
    return ids;
  }

  /** Our message's id, when {@code id} (without brackets) is one of our Message-IDs. */
  public static Optional<UUID> ourMessage(String id) {
    Matcher m = OURS.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(m.group(1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^\\s*(re|aw|sv|antw)\\s*:", Pattern.CASE_INSENSITIVE);

  /** The subject of a reply: {@code Re: } before the original's, unless it is a reply already. */
  public static String replySubject(String original) {
    String subject = original == null ? "" : original.strip();
    return REPLY_PREFIX.matcher(subject).find() ? subject : "Re: " + subject;
  }
}
