package dev.chatinbox.core.infrastructure.webhook;

import dev.chatinbox.core.application.webhook.WebhookTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 on a plain socket, because the address must be the one the policy checked: a client that
 * resolves the host itself would resolve it again (DNS rebinding). For https the TLS layer still
 * verifies the certificate against the URL's host name (SNI and endpoint identification). {@code
 * Connection: close}; no redirect is followed (a 3xx is just a failed answer); at most 64 KB of the
 * answer is read; connect, write and read share one deadline.
 */
@ApplicationScoped
public class SocketWebhookTransport implements WebhookTransport {
  static final int MAX_ANSWER = 64 * 1024;

  @Override
  public Answer post(
      URI uri, InetAddress address, Map<String, String> headers, byte[] body, Duration timeout)
      throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(address, port), remaining(deadline));
      Socket socket = https ? tls(plain, uri.getHost(), port, deadline) : plain;
      try {
        socket.setSoTimeout(remaining(deadline));
        OutputStream out = socket.getOutputStream();
        out.write(
            head(uri, port, https, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return read(socket, deadline);
      } finally {
        if (socket != plain) {
          socket.close();
        }
      }
    }
  }

  private static Socket tls(Socket plain, String host, int port, long deadline) throws IOException {
    SSLSocket tls =
        (SSLSocket)
            ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host, port, true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.startsWith("[") && !Character.isDigit(host.charAt(host.length() - 1))) {
      parameters.setServerNames(List.of(new SNIHostName(host)));
    }
    tls.setSSLParameters(parameters);
    tls.setSoTimeout(remaining(deadline));
    tls.startHandshake();
    return tls;
  }

  private static String head(
      URI uri, int port, boolean https, Map<String, String> headers, int length) {
    String path = Optional.ofNullable(uri.getRawPath()).filter(p -> !p.isEmpty()).orElse("/");
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    boolean defaultPort = port == (https ? 443 : 80);
    StringBuilder head = new StringBuilder();
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ")
        .append(uri.getHost())
        .append(defaultPort ? "" : ":" + port)
        .append("\r\n");
    head.append("Content-Type: application/json\r\n");
    head.append("Content-Length: ").append(length).append("\r\n");
    head.append("User-Agent: ChatInbox-Webhooks/1\r\n");
    head.append("Connection: close\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    return head.append("\r\n").toString();
  }

  /** The status line and headers; the body is read (up to the limit) and dropped. */
  private static Answer read(Socket socket, long deadline) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    int headEnd = -1;
    int total = 0;
    while (total < MAX_ANSWER) {
      socket.setSoTimeout(remaining(deadline));
      int n = in.read(buffer, 0, Math.min(buffer.length, MAX_ANSWER - total));
      if (n < 0) {
        break;
      }
      received.write(buffer, 0, n);
      total += n;
      if (headEnd < 0) {
        headEnd = received.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
        if (headEnd >= 0) {
          break; // the answer's status and headers are all we use
        }
      }
    }
    String text = received.toString(StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException(
          total >= MAX_ANSWER ? "answer headers over 64 KB" : "incomplete answer");
    }
    String[] lines = text.substring(0, end).split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP answer");
    }
    int code;
    try {
      code = Integer.parseInt(status[1]);
    } catch (NumberFormatException e) {
      throw new IOException("not an HTTP status");
    }
    Optional<Duration> retryAfter = Optional.empty();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("Retry-After")) {
        retryAfter = retryAfter(lines[i].substring(colon + 1).trim());
      }
    }
    return new Answer(code, retryAfter);
  }

  /** Seconds or an HTTP date. */
  static Optional<Duration> retryAfter(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at =
            ZonedDateTime.parse(
                value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (RuntimeException notADate) {
        return Optional.empty();
      }
    }
  }

  private static int remaining(long deadline) throws SocketTimeoutException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("no answer within the timeout");
    }
    return (int) Math.min(Integer.MAX_VALUE, left);
  }
}
