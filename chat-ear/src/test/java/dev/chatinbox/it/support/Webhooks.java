package dev.chatinbox.it.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Calls the carrier webhooks as Twilio and SendGrid do, with signatures computed here from the
 * carriers' documented algorithms — independently of the server's code: Twilio's HMAC-SHA1 over URL
 * + sorted parameters, SendGrid's ECDSA P-256 over timestamp + body.
 */
public final class Webhooks {
  /** The auth token the test server is configured with. */
  public static final String TWILIO_AUTH_TOKEN = "it-auth-token";

  /** The Inbound Parse secret the test server is configured with. */
  public static final String INBOUND_SECRET = "it-inbound-secret";

  private static final Path KEYS = Path.of(System.getProperty("it.keys.dir", "target/it-keys"));

  private Webhooks() {}

  /** Twilio's signature of a form POST to {@code url}. */
  public static String twilioSignature(String authToken, String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A form POST to a Twilio webhook path, signed for {@code signedParams}. */
  public static Api.Response twilio(String path, Map<String, String> sentParams, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(sentParams)));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return Api.send(request.build());
  }

  /** A correctly signed Twilio webhook call. */
  public static Api.Response twilio(String path, Map<String, String> params) {
    return twilio(path, params, twilioSignature(TWILIO_AUTH_TOKEN, Api.BASE + path, params));
  }

  /** An incoming message as Twilio posts it ("A message comes in"), with a fresh MessageSid. */
  public static Map<String, String> twilioInbound(String from, String body) {
    String sid = "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("MessageSid", sid);
    form.put("SmsMessageSid", sid);
    form.put("AccountSid", ItCarrier.ACCOUNT_SID);
    form.put("From", from);
    form.put("To", "+15005550006");
    form.put("Body", body);
    form.put("NumMedia", "0");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  /** A status callback as Twilio posts it for a message of ours to {@code to}. */
  public static Map<String, String> twilioStatus(String sid, String status, String to) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("MessageSid", sid);
    form.put("SmsSid", sid);
    form.put("AccountSid", ItCarrier.ACCOUNT_SID);
    form.put("MessageStatus", status);
    form.put("SmsStatus", status);
    form.put("To", to);
    form.put("From", "+15005550006");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  public static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** SendGrid's signature of {@code body} sent at {@code timestamp}, with the test key. */
  public static String sendGridSignature(String timestamp, byte[] body) {
    try {
      PrivateKey key =
          KeyFactory.getInstance("EC")
              .generatePrivate(
                  new PKCS8EncodedKeySpec(
                      Files.readAllBytes(KEYS.resolve(CreateWebhookKeys.PRIVATE))));
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(key);
      signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
      signer.update(body);
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A POST to SendGrid's event webhook with the given headers (null leaves one out). */
  public static Api.Response sendGrid(String body, String signature, String timestamp) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                java.net.URI.create(Api.BASE + "/api/v1/webhooks/twilio/email/status"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Twilio-Email-Event-Webhook-Signature", signature);
    }
    if (timestamp != null) {
      request.header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
    }
    return Api.send(request.build());
  }

  /** A correctly signed, current SendGrid event batch. */
  public static Api.Response sendGrid(String body) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    return sendGrid(
        body, sendGridSignature(timestamp, body.getBytes(StandardCharsets.UTF_8)), timestamp);
  }

  /** A multipart/form-data POST as SendGrid's Inbound Parse makes it. */
  public static Api.Response inboundEmail(String query, Map<String, String> fields) {
    String boundary = "xYzZY" + Long.toHexString(System.nanoTime());
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return Api.send(
        HttpRequest.newBuilder(
                java.net.URI.create(Api.BASE + "/api/v1/webhooks/twilio/email/inbound" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }
}
