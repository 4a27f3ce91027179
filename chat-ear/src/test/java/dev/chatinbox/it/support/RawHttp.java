package dev.chatinbox.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 and WebSocket over a plain socket, for what {@code java.net.http} refuses to send: a
 * request target with a broken percent escape ({@code %zz}), or one WebSocket frame larger than the
 * server accepts (the JDK client splits large messages into several frames).
 */
public final class RawHttp {
  private static final URI BASE = URI.create(Api.BASE);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RawHttp() {}

  /** An answer: status, content type and (the start of) the body. */
  public record Answer(int status, String contentType, String body) {}

  /** Sends {@code method target} (the raw request target) with these headers and body. */
  public static Answer send(String method, String target, Map<String, String> headers, byte[] body)
      throws IOException {
    try (Socket socket = new Socket(BASE.getHost(), BASE.getPort())) {
      socket.setSoTimeout(30_000);
      Map<String, String> all = new java.util.LinkedHashMap<>(headers);
      all.put("Connection", "close");
      if (body != null) {
        all.put("Content-Length", Integer.toString(body.length));
      }
      OutputStream out = socket.getOutputStream();
      out.write(head(method + " " + target, all));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String headerText = end < 0 ? response : response.substring(0, end);
      String[] lines = headerText.split("\r\n");
      String[] statusLine = lines[0].split(" ");
      int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
      String contentType = "";
      for (String line : lines) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          contentType = line.substring(13).trim();
        }
      }
      String rest = end < 0 ? "" : response.substring(end + 4);
      return new Answer(status, contentType, rest.substring(0, Math.min(rest.length(), 400)));
    }
  }

  /** The request line, Host and these headers, as bytes. */
  private static byte[] head(String requestLine, Map<String, String> headers) {
    StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(BASE.getHost()).append(':').append(BASE.getPort()).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    try {
      while ((n = in.read(buffer)) >= 0) {
        bytes.write(buffer, 0, n);
      }
    } catch (java.net.SocketException e) {
      // reset after the answer: what arrived is the answer
    }
    return bytes.toByteArray();
  }

  /**
   * Opens {@code /ws/conversations} + {@code query} with these handshake headers, sends one text
   * frame of {@code size} bytes and returns the close code the server answers with (-1 if none).
   */
  public static int oneLargeWebSocketFrame(String query, Map<String, String> headers, int size)
      throws IOException {
    try (Socket socket = new Socket(BASE.getHost(), BASE.getPort())) {
      socket.setSoTimeout(15_000);
      byte[] nonce = new byte[16];
      RANDOM.nextBytes(nonce);
      Map<String, String> all = new java.util.LinkedHashMap<>(headers);
      all.put("Upgrade", "websocket");
      all.put("Connection", "Upgrade");
      all.put("Sec-WebSocket-Version", "13");
      all.put("Sec-WebSocket-Key", Base64.getEncoder().encodeToString(nonce));
      OutputStream out = socket.getOutputStream();
      out.write(head("GET /ws/conversations" + query, all));
      out.flush();
      InputStream in = socket.getInputStream();
      String handshake = readHeaders(in);
      if (!handshake.startsWith("HTTP/1.1 101")) {
        throw new IOException("no upgrade: " + handshake);
      }
      byte[] payload = new byte[size];
      java.util.Arrays.fill(payload, (byte) 'x');
      byte[] mask = new byte[4];
      RANDOM.nextBytes(mask);
      ByteArrayOutputStream frame = new ByteArrayOutputStream();
      frame.write(0x81);
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) size >>> shift) & 0xff);
      }
      frame.write(mask);
      for (int i = 0; i < size; i++) {
        frame.write(payload[i] ^ mask[i % 4]);
      }
      try {
        out.write(frame.toByteArray());
        out.flush();
      } catch (IOException e) {
        // the server may close while the frame is still going out
      }
      return closeCode(in);
    }
  }

  private static String readHeaders(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    while (!text.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      text.append((char) b);
    }
    return text.toString();
  }

  /** Reads frames until a close frame: its code. */
  private static int closeCode(InputStream in) throws IOException {
    try {
      while (true) {
        int first = in.read();
        int second = in.read();
        if (first < 0 || second < 0) {
          return -1;
        }
        long length = second & 0x7f;
        if (length == 126) {
          length = (in.read() << 8) | in.read();
        } else if (length == 127) {
          length = 0;
          for (int i = 0; i < 8; i++) {
            length = (length << 8) | in.read();
          }
        }
        byte[] data = in.readNBytes((int) length);
        if ((first & 0x0f) == 0x8) {
          return data.length >= 2 ? ((data[0] & 0xff) << 8) | (data[1] & 0xff) : 1005;
        }
      }
    } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
      return -1;
    }
  }
}
