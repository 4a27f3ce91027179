package dev.chatinbox.core.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.webhook.WebhookQueue.Job;
import dev.chatinbox.core.application.webhook.WebhookQueue.Outcome;
import dev.chatinbox.core.domain.webhook.WebhookDelivery;
import dev.chatinbox.core.domain.webhook.WebhookEndpoint;
import dev.chatinbox.core.infrastructure.webhook.SocketWebhookTransport;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At delivery the address is checked again after resolving, and a refused one is never connected
 * to: a listener on this machine that would accept the request sees no connection.
 */
class WebhookDelivererTest {
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "localhost", "[::1]", "rebind.example"})
  void aDeliveryToAnInternalAddressIsRefusedWithoutConnecting(String host) throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(300);
      WebhookUrlPolicy policy =
          new WebhookUrlPolicy(
              false,
              name ->
                  name.equals("rebind.example")
                      ? new InetAddress[] {InetAddress.getLoopbackAddress()}
                      : InetAddress.getAllByName(name));
      WebhookSettings settings = new WebhookSettings();
      WebhookSecrets secrets = new WebhookSecrets(Optional.empty());
      WebhookDeliverer deliverer =
          new WebhookDeliverer(
              null, policy, new SocketWebhookTransport(), secrets, settings, Clock.systemUTC());
      String url = "https://" + host + ":" + listener.getLocalPort() + "/hook";
      Outcome outcome = deliverer.attempt(job(url, secrets));
      assertTrue(outcome.status().isEmpty());
      assertTrue(outcome.error().orElseThrow().startsWith("Refused"), outcome.error().get());
      boolean connected;
      try {
        listener.accept().close();
        connected = true;
      } catch (SocketTimeoutException e) {
        connected = false;
      }
      assertEquals(false, connected, "no connection was made");
    }
  }

  private static Job job(String url, WebhookSecrets secrets) {
    Instant now = Instant.now();
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            UUID.randomUUID(),
            url,
            Optional.empty(),
            List.of("*"),
            true,
            Optional.empty(),
            secrets.seal(secrets.generate()),
            Optional.empty(),
            Optional.empty(),
            0,
            Optional.empty(),
            Optional.empty(),
            now,
            now);
    WebhookDelivery delivery =
        new WebhookDelivery(
            1,
            endpoint.id(),
            "1",
            "message.received",
            "{}",
            WebhookDelivery.State.PENDING,
            0,
            Optional.of(now),
            now,
            Optional.empty(),
            List.of());
    return new Job(endpoint, delivery);
  }
}
