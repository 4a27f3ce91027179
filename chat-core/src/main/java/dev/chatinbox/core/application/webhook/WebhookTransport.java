package dev.chatinbox.core.application.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Posts one webhook request to an address already checked ({@link WebhookUrlPolicy}). */
public interface WebhookTransport {
  /**
   * POSTs {@code body} to {@code uri}, connecting to {@code address} (TLS still verifies the URL's
   * host name), following no redirect, reading at most 64 KB of the answer, all within {@code
   * timeout}.
   *
   * @throws IOException when no complete answer came (connection refused or reset, timeout, TLS)
   */
  Answer post(
      URI uri, InetAddress address, Map<String, String> headers, byte[] body, Duration timeout)
      throws IOException;

  /**
   * An answer.
   *
   * @param retryAfter its {@code Retry-After}, when it had one
   */
  record Answer(int status, Optional<Duration> retryAfter) {}
}
