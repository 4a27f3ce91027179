package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.Message;
import dev.chatinbox.sdk.model.OutgoingEmail;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code chat send sms|whatsapp|email}: send now, or later with {@code --at}. */
@Command(
    name = "send",
    description = "Send a message (or schedule it with --at).",
    subcommands = {SendCommand.Sms.class, SendCommand.WhatsApp.class, SendCommand.Email.class})
public class SendCommand extends Group {

  /** ISO 8601 with an offset: {@code 2026-01-31T09:00:00Z}, {@code 2026-01-31T10:00+01:00}. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an ISO 8601 time with offset, e.g. 2026-01-31T09:00:00Z");
      }
    }
  }

  abstract static class SendBase extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String conversationId;

    @Option(
        names = "--to",
        required = true,
        description = "One of the contact's numbers (E.164) or addresses")
    String to;

    @Option(names = "--text", required = true, description = "The message")
    String text;

    @Option(
        names = "--at",
        converter = InstantConverter.class,
        paramLabel = "TIME",
        description = "Schedule for this time (ISO 8601 with offset) instead of sending now")
    Instant at;

    abstract Message send();

    @Override
    public Integer call() {
      Message m = send();
      out()
          .details(
              m,
              List.of("id", "status", "channel", "to", "scheduled at"),
              java.util.Arrays.asList(
                  m.id(),
                  m.status(),
                  m.channel() == null ? null : m.channel().wire(),
                  to,
                  m.scheduledAt()));
      return 0;
    }
  }

  /** {@code send sms}. */
  @Command(name = "sms", description = "Send an SMS.")
  static class Sms extends SendBase {
    @Override
    Message send() {
      return client().messages().sendSms(conversationId, to, text, at);
    }
  }

  /** {@code send whatsapp}. */
  @Command(name = "whatsapp", description = "Send a WhatsApp message.")
  static class WhatsApp extends SendBase {
    @Override
    Message send() {
      return client().messages().sendWhatsApp(conversationId, to, text, at);
    }
  }

  /** {@code send email}. */
  @Command(name = "email", description = "Send an email (--text is the body).")
  static class Email extends SendBase {
    @Option(names = "--subject", required = true)
    String subject;

    @Option(names = "--from-name", required = true, description = "Sender name")
    String fromName;

    @Option(names = "--from-email", required = true, description = "Sender address (verified)")
    String fromEmail;

    @Override
    Message send() {
      return client()
          .messages()
          .sendEmail(conversationId, new OutgoingEmail(fromName, fromEmail, to, subject, text, at));
    }
  }
}
