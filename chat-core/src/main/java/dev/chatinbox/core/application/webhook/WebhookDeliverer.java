package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.application.webhook.WebhookQueue.Job;
import dev.chatinbox.core.application.webhook.WebhookQueue.Outcome;
import dev.chatinbox.core.application.webhook.WebhookUrlPolicy.RefusedAddressException;
import dev.chatinbox.core.domain.webhook.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLException;

/**
 * Works one leased endpoint: its due deliveries strictly in order, one request at a time, until one
 * fails (it waits for its retry; the ones behind it wait too — order per endpoint), none is due,
 * the lease is lost, or {@link #PER_LEASE} were delivered (then others get a turn). Every request
 * is signed afresh (new {@code webhook-timestamp}, same {@code webhook-id}) with the current secret
 * and, during a rotation, the previous one.
 */
@ApplicationScoped
public class WebhookDeliverer {
  static final int PER_LEASE = 200;

  private WebhookQueue queue;
  private WebhookUrlPolicy policy;
  private WebhookTransport transport;
  private WebhookSecrets secrets;
  private WebhookSettings settings;
  private Clock clock;

  protected WebhookDeliverer() {}

  @Inject
  public WebhookDeliverer(
      WebhookQueue queue,
      WebhookUrlPolicy policy,
      WebhookTransport transport,
      WebhookSecrets secrets,
      WebhookSettings settings,
      Clock clock) {
    this.queue = queue;
    this.policy = policy;
    this.transport = transport;
    this.secrets = secrets;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @return how many deliveries succeeded
   */
  public int work(UUID endpointId, String owner) {
    int delivered = 0;
    boolean released = false;
    try {
      while (delivered < PER_LEASE) {
        Optional<Job> job = queue.next(endpointId, owner);
        if (job.isEmpty()) {
          released = true; // next gave the lease back
          return delivered;
        }
        if (!queue.record(job.get(), attempt(job.get()))) {
          return delivered;
        }
        delivered++;
      }
      return delivered;
    } finally {
      if (!released) {
        queue.release(endpointId, owner);
      }
    }
  }

  /** One signed request; never throws for what the endpoint or the network did. */
  Outcome attempt(Job job) {
    long start = System.nanoTime();
    WebhookEndpoint endpoint = job.endpoint();
    try {
      URI uri = URI.create(endpoint.url());
      InetAddress address = policy.target(uri);
      Instant now = clock.instant();
      String body = job.delivery().payload();
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("webhook-id", job.delivery().eventId());
      headers.put("webhook-timestamp", Long.toString(now.getEpochSecond()));
      headers.put(
          "webhook-signature",
          WebhookSignature.header(
              signingSecrets(endpoint, now), job.delivery().eventId(), now.getEpochSecond(), body));
      WebhookTransport.Answer answer =
          transport.post(
              uri, address, headers, body.getBytes(StandardCharsets.UTF_8), settings.timeout());
      int status = answer.status();
      boolean ok = status >= 200 && status < 300;
      return new Outcome(
          Optional.of(status),
          status == 429 || status == 503 ? answer.retryAfter() : Optional.empty(),
          took(start),
          ok
              ? Optional.empty()
              : Optional.of(
                  "HTTP "
                      + status
                      + (status >= 300 && status < 400 ? " (redirects are not followed)" : "")));
    } catch (RefusedAddressException e) {
      return new Outcome(
          Optional.empty(),
          Optional.empty(),
          took(start),
          Optional.of("Refused: the URL " + e.getMessage()));
    } catch (IllegalArgumentException e) {
      return new Outcome(
          Optional.empty(), Optional.empty(), took(start), Optional.of("Refused: not a valid URL"));
    } catch (IOException e) {
      return new Outcome(Optional.empty(), Optional.empty(), took(start), Optional.of(describe(e)));
    }
  }

  private List<String> signingSecrets(WebhookEndpoint endpoint, Instant now) {
    List<String> keys = new ArrayList<>(2);
    keys.add(secrets.open(endpoint.sealedSecret()));
    if (endpoint.sealedPreviousSecret().isPresent()
        && endpoint.previousSecretUntil().filter(now::isBefore).isPresent()) {
      keys.add(secrets.open(endpoint.sealedPreviousSecret().get()));
    }
    return keys;
  }

  private static String describe(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return "Timeout: no answer within the time allowed";
    }
    if (e instanceof ConnectException) {
      return "Connection refused";
    }
    if (e instanceof SSLException) {
      return "TLS failed: " + shorten(e.getMessage());
    }
    return "Connection failed: " + shorten(e.getMessage());
  }

  private static String shorten(String message) {
    String m = message == null ? "" : message;
    return m.length() > 300 ? m.substring(0, 300) : m;
  }

  private static Duration took(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
