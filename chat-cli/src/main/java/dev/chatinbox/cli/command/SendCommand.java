package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.Message;
import dev.chatinbox.sdk.model.OutgoingEmail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--text", description = "The message (required, but for a WhatsApp template)")
    String text;

    @Option(
        names = "--at",
        converter = InstantConverter.class,
        paramLabel = "TIME",
        description = "Schedule for this time (ISO 8601 with offset) instead of sending now")
    Instant at;

    abstract Message send();

    /** The text, required unless the command sends something else (a template). */
    String text() {
      if (text == null) {
        throw new ParameterException(spec.commandLine(), "Missing required option: '--text'");
      }
      return text;
    }

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
      return client().messages().sendSms(conversationId, to, text(), at);
    }
  }

  /** {@code send whatsapp}. */
  @Command(
      name = "whatsapp",
      description =
          "Send a WhatsApp message: --text within 24 hours of the contact's last message, else an"
              + " approved template (--template HX… with --var 1=Ann …).")
  static class WhatsApp extends SendBase {
    @Option(
        names = "--template",
        paramLabel = "CONTENT_SID",
        description = "An approved template (Twilio Content SID, HX…) instead of --text")
    String template;

    @Option(
        names = "--var",
        paramLabel = "NAME=VALUE",
        description = "A template variable, e.g. --var 1=Ann (repeat for more)")
    Map<String, String> variables = new LinkedHashMap<>();

    @Override
    Message send() {
      if (template != null) {
        if (text != null) {
          throw new ParameterException(
              spec.commandLine(), "--text and --template exclude each other");
        }
        return client()
            .messages()
            .sendWhatsAppTemplate(conversationId, to, template, variables, at);
      }
      if (!variables.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--var needs --template");
      }
      return client().messages().sendWhatsApp(conversationId, to, text(), at);
    }
  }

  /** {@code send email}. */
  @Command(name = "email", description = "Send an email (--text is the body).")
  static class Email extends SendBase {
    @Option(
        names = "--subject",
        description = "Required unless the contact wrote an email: then 'Re: ' and its subject")
    String subject;

    @Option(names = "--from-name", required = true, description = "Sender name")
    String fromName;

    @Option(names = "--from-email", required = true, description = "Sender address (verified)")
    String fromEmail;

    @Option(
        names = "--cc",
        split = ",",
        paramLabel = "ADDRESS",
        description = "Copy to (repeat or comma-separate)")
    List<String> cc = new ArrayList<>();

    @Option(
        names = "--bcc",
        split = ",",
        paramLabel = "ADDRESS",
        description = "Blind copy to (repeat or comma-separate)")
    List<String> bcc = new ArrayList<>();

    @Option(
        names = "--attach",
        paramLabel = "FILE",
        description = "Attach a file (repeat for more; its type is guessed from its name)")
    List<Path> attachments = new ArrayList<>();

    @Override
    Message send() {
      List<OutgoingEmail.Attachment> files = new ArrayList<>();
      for (Path file : attachments) {
        try {
          String type = Files.probeContentType(file);
          files.add(
              new OutgoingEmail.Attachment(
                  file.getFileName().toString(),
                  type == null ? "application/octet-stream" : type,
                  Files.readAllBytes(file)));
        } catch (IOException e) {
          throw new ParameterException(
              spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
        }
      }
      return client()
          .messages()
          .sendEmail(
              conversationId,
              new OutgoingEmail(fromName, fromEmail, to, subject, text(), at, cc, bcc, files));
    }
  }
}
