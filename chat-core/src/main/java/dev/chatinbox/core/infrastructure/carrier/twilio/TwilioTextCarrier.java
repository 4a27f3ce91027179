package dev.chatinbox.core.infrastructure.carrier.twilio;

import com.twilio.base.Page;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.type.PhoneNumber;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.infrastructure.carrier.CarrierAdapter;
import dev.chatinbox.core.infrastructure.carrier.CarrierCall;
import dev.chatinbox.core.infrastructure.carrier.CarrierRefusal;
import dev.chatinbox.core.infrastructure.carrier.LogMasks;
import dev.chatinbox.core.spi.carrier.CarrierException;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.OutboundText;
import dev.chatinbox.core.spi.carrier.Reconciliation;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * SMS and WhatsApp through Twilio's Messages API ({@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json}) with the official SDK, on an instance {@link
 * TwilioRestClient} (never the static {@code Twilio.init}).
 *
 * <p>The sender is, in this order: the message's own {@code from}; the configured Messaging Service
 * ({@code MessagingServiceSid}); the configured default sender of the channel. WhatsApp addresses
 * get the {@code whatsapp:} prefix. A WhatsApp template goes as {@code ContentSid} + {@code
 * ContentVariables} (JSON) without a body.
 *
 * <p>Fault tolerance (MicroProfile, active on Liberty): a {@link CircuitBreaker} that ignores
 * refusals ({@link CarrierRefusal}), a {@link Bulkhead}, and a {@link Timeout} (30 s) as a backstop
 * only. The HTTP client's own connect and read timeouts ({@code chat.twilio.*-timeout-ms}, 5 s + 10
 * s) are what cut a slow call: Liberty cannot interrupt a blocking socket read, so its timeout
 * strikes only when the call returns — and then discards the result even when Twilio took the
 * message. Keep it well above connect + read timeout. Fault-tolerance exceptions reach callers as
 * transient {@link CarrierException}s ({@link CarrierCall}). No {@code @Retry}: the outbox retries
 * across recorded attempts, and a retry inside one call could send a message twice after a timeout.
 * Every value can be overridden with MicroProfile Config (milliseconds), e.g. {@code
 * dev.chatinbox.core.infrastructure.carrier.twilio.TwilioTextCarrier/send/Timeout/value=45000}.
 */
@ApplicationScoped
@CarrierAdapter(TwilioStatuses.CARRIER)
public class TwilioTextCarrier implements TextCarrier {
  private static final Logger LOG = Logger.getLogger(TwilioTextCarrier.class.getName());
  private static final String WHATSAPP_PREFIX = "whatsapp:";

  /** Messages per page when looking a message up. */
  static final long PAGE_SIZE = 50;

  /** Pages read at most when looking a message up; more matches than that answer "unknown". */
  static final int MAX_PAGES = 5;

  /** Tolerated difference between our clock and Twilio's when comparing creation times. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private TwilioSettings settings;
  private TwilioHttpClient http;
  private TwilioRestClient client;
  private final TwilioContentTemplates templates = new TwilioContentTemplates();

  /** A Content SID: what names an approved WhatsApp template at Twilio. */
  private static final java.util.regex.Pattern CONTENT_SID =
      java.util.regex.Pattern.compile("HX[0-9a-fA-F]{32}");

  /** For the CDI proxy. */
  protected TwilioTextCarrier() {}

  @Override
  public String name() {
    return TwilioStatuses.CARRIER;
  }

  @Override
  public Optional<String> templateIdProblem(String templateId) {
    return CONTENT_SID.matcher(templateId).matches()
        ? Optional.empty()
        : Optional.of("must be a Twilio Content SID (HX followed by 32 hex digits)");
  }

  /**
   * A carrier for configured settings ({@link TwilioSettings#configured()}).
   *
   * @throws IllegalStateException when Twilio is not configured
   */
  @Inject
  public TwilioTextCarrier(TwilioSettings settings) {
    TwilioSettings.Credentials credentials =
        settings
            .apiCredentials()
            .filter(c -> settings.accountSid().isPresent())
            .orElseThrow(() -> new IllegalStateException("Twilio is not configured"));
    this.settings = settings;
    this.http =
        new TwilioHttpClient(settings.baseUrl(), settings.connectTimeout(), settings.readTimeout());
    this.client =
        new TwilioRestClient.Builder(credentials.username(), credentials.password())
            .accountSid(settings.accountSid().orElseThrow())
            .httpClient(http)
            .build();
  }

  @Override
  @CarrierCall
  @Timeout(30_000)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10_000,
      successThreshold = 2,
      skipOn = CarrierRefusal.class)
  @Bulkhead(10)
  public CarrierReceipt send(OutboundText message) {
    MessageCreator creator = creator(message);
    Message created;
    try {
      created = creator.create(client);
    } catch (RuntimeException e) {
      CarrierException failure = TwilioErrors.map(e);
      LOG.log(
          Level.FINE,
          "Twilio did not take message {0}: {1} {2}",
          new Object[] {message.messageId(), failure.code(), failure.reason()});
      throw failure;
    }
    String status = created.getStatus() == null ? "accepted" : created.getStatus().toString();
    LOG.log(
        Level.FINE,
        "Twilio took {0} message {1} to {2} as {3} ({4})",
        new Object[] {
          message.channel().wireName(),
          message.messageId(),
          LogMasks.phone(message.to()),
          created.getSid(),
          status
        });
    return new CarrierReceipt(
        TwilioStatuses.CARRIER, created.getSid(), status, false, composedText(message, created));
  }

  /**
   * The text Twilio sent for a template message: the answer's own body when Twilio gives one, else
   * the template's text from the Content API with the variables filled in (the message is already
   * taken: a failed lookup only leaves the text unknown).
   */
  private Optional<String> composedText(OutboundText message, Message created) {
    Optional<String> template = message.contentSid().filter(s -> !s.isBlank());
    if (template.isEmpty()) {
      return Optional.empty();
    }
    if (created.getBody() != null && !created.getBody().isBlank()) {
      return Optional.of(created.getBody());
    }
    return templates.render(client, template.get(), message.contentVariables());
  }

  /**
   * Looks the message up in Twilio's Messages list ({@code GET
   * /2010-04-01/Accounts/{AccountSid}/Messages.json}, {@code Message.reader()}) filtered by {@code
   * To} and, when the sender is a number, {@code From}; a message of ours is one with the same
   * recipient, sender (or Messaging Service) and body, created at or after the uncertain attempt
   * (less {@link #CLOCK_SKEW}).
   *
   * <p>The list is not filtered by {@code DateSent}: Twilio's filter takes whole days, and a
   * message still {@code queued} or {@code accepted} has no send date yet, so that filter could
   * hide exactly the message looked for. Instead up to {@link #MAX_PAGES} pages of {@link
   * #PAGE_SIZE} are read and the creation time is compared here.
   *
   * <p>Answers "unknown" when Twilio could not be asked, when more messages than that match the
   * filters, and for WhatsApp templates (Twilio renders their body, so it cannot be compared).
   */
  @Override
  public Reconciliation reconcile(OutboundText message, Instant since) {
    if (message.contentSid().filter(s -> !s.isBlank()).isPresent()) {
      return Reconciliation.unknown();
    }
    boolean whatsapp = message.channel() == Channel.WHATSAPP;
    String to = address(whatsapp, message.to());
    Optional<String> from;
    try {
      from = sender(message, whatsapp);
    } catch (CarrierRefusal e) {
      return Reconciliation.notAccepted(); // such a message never reaches Twilio
    }
    Optional<String> service = from.isPresent() ? Optional.empty() : settings.messagingServiceSid();
    Instant earliest = since.minus(CLOCK_SKEW);
    MessageReader reader = Message.reader().setTo(new PhoneNumber(to)).setPageSize(PAGE_SIZE);
    from.ifPresent(f -> reader.setFrom(new PhoneNumber(f)));
    try {
      Page<Message> page = reader.firstPage(client);
      for (int pages = 1; ; pages++) {
        for (Message listed : page.getRecords()) {
          if (ours(listed, to, from, service, message.body(), earliest)) {
            String status = listed.getStatus() == null ? "accepted" : listed.getStatus().toString();
            LOG.log(
                Level.FINE,
                "Twilio has message {0} as {1} ({2})",
                new Object[] {message.messageId(), listed.getSid(), status});
            return Reconciliation.accepted(
                new CarrierReceipt(TwilioStatuses.CARRIER, listed.getSid(), status, false));
          }
        }
        if (!page.hasNextPage()) {
          return Reconciliation.notAccepted();
        }
        if (pages >= MAX_PAGES) {
          return Reconciliation.unknown();
        }
        page = reader.nextPage(page, client);
      }
    } catch (RuntimeException e) {
      CarrierException failure = TwilioErrors.map(e);
      LOG.log(
          Level.WARNING,
          "Could not ask Twilio whether it took message {0}: {1} {2}",
          new Object[] {message.messageId(), failure.code(), failure.reason()});
      return Reconciliation.unknown();
    }
  }

  /**
   * Twilio's current status of a message it accepted ({@code GET
   * /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json}, {@code Message.fetcher}), for messages
   * whose status callbacks never came.
   *
   * @throws CarrierException when Twilio could not be asked (the breaker counts these, except
   *     refusals such as an unknown SID)
   */
  @Override
  @Timeout(30_000)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30_000,
      skipOn = CarrierRefusal.class)
  public Optional<StatusReport> currentStatus(String carrierMessageId) {
    try {
      Message found = Message.fetcher(carrierMessageId).fetch(client);
      if (found.getStatus() == null) {
        return Optional.empty();
      }
      return Optional.of(
          TwilioStatuses.report(
              carrierMessageId,
              found.getStatus().toString(),
              Optional.ofNullable(found.getErrorCode()).map(String::valueOf),
              Optional.ofNullable(found.getErrorMessage()),
              Optional.ofNullable(found.getDateUpdated()).map(d -> d.toInstant())));
    } catch (RuntimeException e) {
      throw TwilioErrors.map(e);
    }
  }

  /** Whether a listed message is the one we may have created. */
  static boolean ours(
      Message listed,
      String to,
      Optional<String> from,
      Optional<String> service,
      String body,
      Instant earliest) {
    if (listed.getDateCreated() == null || listed.getDateCreated().toInstant().isBefore(earliest)) {
      return false;
    }
    if (listed.getDirection() != null && listed.getDirection() != Message.Direction.OUTBOUND_API) {
      return false;
    }
    boolean sameSender =
        from.isPresent()
            ? listed.getFrom() != null && from.get().equals(listed.getFrom().getEndpoint())
            : service.isEmpty() || service.get().equals(listed.getMessagingServiceSid());
    return sameSender
        && to.equals(listed.getTo())
        && Objects.equals(
            body == null ? "" : body, listed.getBody() == null ? "" : listed.getBody());
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
      LOG.log(Level.FINE, "Closing the Twilio HTTP client failed", e);
    }
  }

  private MessageCreator creator(OutboundText message) {
    boolean whatsapp = message.channel() == Channel.WHATSAPP;
    if (!whatsapp && message.channel() != Channel.SMS) {
      throw new CarrierRefusal(
          "unsupported-channel",
          "Twilio sends SMS and WhatsApp, not " + message.channel().wireName());
    }
    PhoneNumber to = new PhoneNumber(address(whatsapp, message.to()));
    Optional<String> template = message.contentSid().filter(s -> !s.isBlank());
    String body = template.isPresent() ? null : message.body();
    Optional<String> from = sender(message, whatsapp);
    MessageCreator creator =
        from.isPresent()
            ? Message.creator(to, new PhoneNumber(from.get()), body)
            : Message.creator(to, settings.messagingServiceSid().orElseThrow(), body);
    if (template.isPresent()) {
      creator.setContentSid(template.get());
      if (message.contentVariables() != null && !message.contentVariables().isEmpty()) {
        creator.setContentVariables(json(message.contentVariables()));
      }
    }
    Optional<String> callback = settings.statusCallbackUrl(message.channel());
    if (callback.isPresent()) {
      try {
        creator.setStatusCallback(URI.create(callback.get()));
      } catch (IllegalArgumentException e) {
        throw new CarrierRefusal(
            "invalid-status-callback", "The status callback URL is not a valid URL", e);
      }
    }
    return creator;
  }

  /**
   * The sender address (with {@code whatsapp:} on WhatsApp): the message's own, else — unless a
   * Messaging Service picks it (empty) — the channel's default sender.
   *
   * @throws CarrierRefusal when there is none
   */
  private Optional<String> sender(OutboundText message, boolean whatsapp) {
    Optional<String> from = message.from().filter(s -> !s.isBlank());
    if (from.isPresent()) {
      return Optional.of(address(whatsapp, from.get()));
    }
    if (settings.messagingServiceSid().isPresent()) {
      return Optional.empty();
    }
    Optional<String> fallback = whatsapp ? settings.whatsappFrom() : settings.smsFrom();
    if (fallback.isEmpty()) {
      throw new CarrierRefusal(
          "no-sender",
          "No "
              + message.channel().wireName()
              + " sender is configured: set "
              + (whatsapp ? TwilioSettings.WHATSAPP_FROM : TwilioSettings.SMS_FROM)
              + " or "
              + TwilioSettings.MESSAGING_SERVICE_SID);
    }
    return Optional.of(address(whatsapp, fallback.get()));
  }

  /** {@code +14155550100} → {@code whatsapp:+14155550100} on WhatsApp, unchanged on SMS. */
  static String address(boolean whatsapp, String number) {
    String trimmed = number.strip();
    if (!whatsapp || trimmed.regionMatches(true, 0, WHATSAPP_PREFIX, 0, WHATSAPP_PREFIX.length())) {
      return trimmed;
    }
    return WHATSAPP_PREFIX + trimmed;
  }

  private static String json(Map<String, String> variables) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    new TreeMap<>(variables).forEach((name, value) -> object.add(name, value == null ? "" : value));
    return object.build().toString();
  }
}
