package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Attachments;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import dev.chatinbox.core.domain.message.EmailThreading;
import dev.chatinbox.core.infrastructure.carrier.CarrierAdapter;
import dev.chatinbox.core.infrastructure.carrier.CarrierCall;
import dev.chatinbox.core.infrastructure.carrier.CarrierFailures;
import dev.chatinbox.core.infrastructure.carrier.CarrierRefusal;
import dev.chatinbox.core.infrastructure.carrier.LogMasks;
import dev.chatinbox.core.spi.carrier.CarrierException;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.OutboundEmail;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Email through SendGrid's v3 mail send ({@code POST /v3/mail/send}) with the official SDK: one
 * personalization with to/cc/bcc, {@code text/plain} then {@code text/html} content, base64
 * attachments, and our message id as the custom argument {@value #MESSAGE_ID_ARG} (SendGrid repeats
 * custom arguments in its events, so events can be matched even without the {@code X-Message-Id}).
 *
 * <p>The base URL is honoured through the SDK's own knobs: its host ({@code host[:port]}), plain
 * http when the URL says {@code http} (the SDK's "test" mode), and a path prefix in front of {@code
 * /v3}. Timeouts apply through the Apache client the SDK is given, which makes one attempt (no
 * automatic retry, no redirect).
 *
 * <p>Fault tolerance as in {@code TwilioTextCarrier}, with a longer {@link Timeout} backstop (120
 * s: up to 30 MB of attachments may be uploaded; it must stay above the time an upload can take, or
 * a mail SendGrid took would be reported as failed and sent again). The API key never appears in a
 * log line or an exception.
 */
@ApplicationScoped
@CarrierAdapter(SendGridEvents.CARRIER)
public class SendGridEmailCarrier implements EmailCarrier {
  /** The custom argument that carries our message id. */
  public static final String MESSAGE_ID_ARG = "chatMessageId";

  private static final Logger LOG = Logger.getLogger(SendGridEmailCarrier.class.getName());

  private SendGrid sendGrid;
  private CloseableHttpClient http;

  /** For the CDI proxy. */
  protected SendGridEmailCarrier() {}

  /**
   * A carrier for configured settings ({@link SendGridSettings#configured()}).
   *
   * @throws IllegalStateException when SendGrid is not configured
   */
  @Inject
  public SendGridEmailCarrier(SendGridSettings settings) {
    String apiKey =
        settings
            .apiKey()
            .orElseThrow(() -> new IllegalStateException("SendGrid is not configured"));
    int timeout = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
    this.http =
        HttpClients.custom()
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectTimeout(timeout)
                    .setSocketTimeout(timeout)
                    .setConnectionRequestTimeout(timeout)
                    .setRedirectsEnabled(false)
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .useSystemProperties()
            .build();
    URI base = settings.baseUrl();
    this.sendGrid =
        new SendGrid(apiKey, new Client(http, "http".equalsIgnoreCase(base.getScheme())));
    this.sendGrid.setHost(base.getRawAuthority());
    String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("^/+|/+$", "");
    if (!prefix.isEmpty()) {
      this.sendGrid.setVersion(prefix + "/v3");
    }
  }

  @Override
  @CarrierCall
  @Timeout(120_000)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10_000,
      successThreshold = 2,
      skipOn = CarrierRefusal.class)
  @Bulkhead(10)
  public CarrierReceipt send(OutboundEmail email) {
    Request request = new Request();
    request.setMethod(Method.POST);
    request.setEndpoint("mail/send");
    try {
      request.setBody(mail(email).build());
    } catch (IOException e) {
      throw new CarrierRefusal(
          "invalid-request", "The email could not be prepared for SendGrid", e);
    }
    Response response;
    try {
      response = sendGrid.api(request);
    } catch (IOException e) {
      CarrierException failure = CarrierFailures.network("SendGrid", e);
      LOG.log(
          Level.FINE,
          "SendGrid did not take email {0}: {1}",
          new Object[] {email.messageId(), failure.code()});
      throw failure;
    }
    int status = response.getStatusCode();
    if (status >= 200 && status < 300) {
      String id = header(response.getHeaders(), "X-Message-Id");
      if (id == null || id.isBlank()) {
        LOG.log(
            Level.WARNING,
            "SendGrid accepted email {0} without an X-Message-Id",
            email.messageId());
        id = email.messageId().toString();
      }
      LOG.log(
          Level.FINE,
          "SendGrid took email {0} to {1} as {2}",
          new Object[] {
            email.messageId(), email.to().isEmpty() ? "-" : LogMasks.email(email.to().get(0)), id
          });
      return new CarrierReceipt(SendGridEvents.CARRIER, id, "accepted", false);
    }
    CarrierException failure = SendGridErrors.fromStatus(status, response.getBody());
    LOG.log(
        Level.FINE,
        "SendGrid did not take email {0}: {1} {2}",
        new Object[] {email.messageId(), failure.code(), failure.reason()});
    throw failure;
  }

  @Override
  public String name() {
    return SendGridEvents.CARRIER;
  }

  @Override
  public boolean sandbox() {
    return false;
  }

  @PreDestroy
  void close() {
    try {
      http.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing the SendGrid HTTP client failed", e);
    }
  }

  /** The v3 mail send body. */
  static Mail mail(OutboundEmail email) {
    Mail mail = new Mail();
    mail.setFrom(
        email.fromName() == null || email.fromName().isBlank()
            ? new Email(email.fromEmail())
            : new Email(email.fromEmail(), email.fromName()));
    mail.setSubject(email.subject());
    Personalization personalization = new Personalization();
    addresses(email.to()).forEach(personalization::addTo);
    addresses(email.cc()).forEach(personalization::addCc);
    addresses(email.bcc()).forEach(personalization::addBcc);
    mail.addPersonalization(personalization);
    // SendGrid wants text/plain before text/html
    if (email.text() != null && !email.text().isEmpty()) {
      mail.addContent(new Content("text/plain", email.text()));
    }
    if (email.html() != null && !email.html().isEmpty()) {
      mail.addContent(new Content("text/html", email.html()));
    }
    if (mail.getContent() == null || mail.getContent().isEmpty()) {
      mail.addContent(new Content("text/plain", " "));
    }
    if (email.attachments() != null) {
      for (OutboundEmail.EmailAttachment file : email.attachments()) {
        Attachments attachment = new Attachments();
        attachment.setFilename(file.filename());
        attachment.setType(
            file.contentType() == null || file.contentType().isBlank()
                ? "application/octet-stream"
                : file.contentType());
        attachment.setDisposition("attachment");
        attachment.setContent(Base64.getEncoder().encodeToString(file.content()));
        mail.addAttachments(attachment);
      }
    }
    mail.addCustomArg(MESSAGE_ID_ARG, email.messageId().toString());
    // our own Message-ID, so that a reply (In-Reply-To / References) finds its conversation
    mail.addHeader(
        "Message-ID", EmailThreading.messageIdHeader(email.messageId(), email.fromEmail()));
    // a reply: the customer's mail client threads it under the email it answers (RFC 5322 3.6.4)
    List<String> thread = email.references() == null ? List.of() : email.references();
    if (!thread.isEmpty()) {
      mail.addHeader("In-Reply-To", "<" + thread.get(thread.size() - 1) + ">");
      mail.addHeader(
          "References",
          thread.stream()
              .map(id -> "<" + id + ">")
              .collect(java.util.stream.Collectors.joining(" ")));
    }
    return mail;
  }

  private static List<Email> addresses(List<String> emails) {
    return emails == null
        ? List.of()
        : emails.stream()
            .filter(e -> e != null && !e.isBlank())
            .map(e -> new Email(e.strip()))
            .toList();
  }

  /** A header by name, ignoring case (HTTP header names are case-insensitive). */
  static String header(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }
}
