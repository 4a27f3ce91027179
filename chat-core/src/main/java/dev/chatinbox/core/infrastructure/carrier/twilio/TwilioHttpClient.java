package dev.chatinbox.core.infrastructure.carrier.twilio;

import com.twilio.Twilio;
import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.HttpUtility;
import com.twilio.http.Request;
import com.twilio.http.Response;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client the Twilio SDK calls through. The SDK has no base-URL option, and its own {@code
 * NetworkHttpClient} does not fit: it sets a fixed request configuration on every request (30.5 s
 * connect timeout, whatever the client was built with) and its {@code reliableRequest} repeats a
 * request that got a 5xx up to three times — a hidden retry that could send a message twice. This
 * client instead:
 *
 * <ul>
 *   <li>sends every request to the configured base URL: scheme, host and port are replaced (and a
 *       path prefix of the base URL is put in front of the path), so that a regional edge, a proxy
 *       or a local fake carrier receives it;
 *   <li>makes exactly one attempt: no SDK retry, no Apache automatic retry, no redirects — retries
 *       with backoff belong to the outbox, across attempts it records;
 *   <li>applies the configured connect and read timeouts;
 *   <li>rewrites an error answer that is not Twilio's error JSON (an HTML 502 from a proxy, an
 *       empty 503) into that JSON with the real HTTP status, so that the SDK's {@code ApiException}
 *       always carries the status the error mapping depends on;
 *   <li>turns I/O failures into {@link ApiConnectionException} (the SDK's client turns them into a
 *       plain {@code ApiException}, indistinguishable from an answer).
 * </ul>
 */
final class TwilioHttpClient extends HttpClient implements Closeable {
  private final URI base;
  private final CloseableHttpClient client;

  TwilioHttpClient(URI base, Duration connectTimeout, Duration readTimeout) {
    this.base = base;
    ConnectionConfig connections =
        ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(connectTimeout))
            .setSocketTimeout(Timeout.of(readTimeout))
            .setValidateAfterInactivity(TimeValue.ofSeconds(2))
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(connections)
                    .setMaxConnPerRoute(20)
                    .setMaxConnTotal(40)
                    .useSystemProperties()
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(readTimeout))
                    .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .useSystemProperties()
            .build();
  }

  /** One attempt, whatever the SDK asks for. */
  @Override
  public Response reliableRequest(Request request) {
    return makeRequest(request);
  }

  /** One attempt, whatever the SDK asks for. */
  @Override
  public Response reliableRequest(
      Request request, int[] retryCodes, int retries, long delayMillis) {
    return makeRequest(request);
  }

  @Override
  public Response makeRequest(Request request) {
    HttpUriRequestBase http =
        new HttpUriRequestBase(request.getMethod().toString(), target(request));
    http.addHeader("X-Twilio-Client", "java-" + Twilio.VERSION);
    http.addHeader(HttpHeaders.ACCEPT, "application/json");
    http.addHeader(HttpHeaders.ACCEPT_ENCODING, "utf-8");
    http.addHeader(
        HttpHeaders.USER_AGENT, HttpUtility.getUserAgentString(request.getUserAgentExtensions()));
    if (request.requiresAuthentication()) {
      http.addHeader(HttpHeaders.AUTHORIZATION, request.getAuthString());
    }
    for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
      for (String value : header.getValue()) {
        http.addHeader(header.getKey(), value);
      }
    }
    if (request.getMethod() != HttpMethod.GET) {
      if (request.getContentType() != null
          && EnumConstants.ContentType.JSON
              .getValue()
              .equals(request.getContentType().getValue())) {
        http.setEntity(new StringEntity(request.getBody(), ContentType.APPLICATION_JSON));
      } else {
        List<NameValuePair> form = new ArrayList<>();
        request
            .getPostParams()
            .forEach(
                (name, values) -> values.forEach(v -> form.add(new BasicNameValuePair(name, v))));
        http.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
      }
    }
    try {
      return client.execute(
          http,
          answer -> {
            String content =
                answer.getEntity() == null
                    ? ""
                    : EntityUtils.toString(answer.getEntity(), StandardCharsets.UTF_8);
            int status = answer.getCode();
            if (status >= 400 && !isTwilioError(content)) {
              content = twilioError(status, answer.getReasonPhrase());
            }
            return new Response(content, status, answer.getHeaders());
          });
    } catch (IOException e) {
      throw new ApiConnectionException("Twilio request failed: " + e.getMessage(), e);
    }
  }

  /**
   * The request's URL with the base URL's scheme, host, port and path prefix. When the base URL is
   * Twilio's own (a {@code *.twilio.com} host: the default, or a regional edge of the Messages
   * API), requests to Twilio's other API hosts (the Content API on {@code content.twilio.com}) keep
   * their own host; a proxy or a test server receives them all.
   */
  URI target(Request request) {
    try {
      URI original = request.constructURL().toURI();
      String baseHost = base.getHost() == null ? "" : base.getHost();
      String host = original.getHost() == null ? "" : original.getHost();
      if (baseHost.endsWith(".twilio.com") && !host.startsWith("api.")) {
        return original;
      }
      String basePath = base.getRawPath() == null ? "" : base.getRawPath();
      StringBuilder target =
          new StringBuilder(base.getScheme())
              .append("://")
              .append(base.getRawAuthority())
              .append(basePath)
              .append(original.getRawPath());
      if (original.getRawQuery() != null) {
        target.append('?').append(original.getRawQuery());
      }
      return new URI(target.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Cannot rewrite the Twilio request URL", e);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  private static boolean isTwilioError(String content) {
    try (JsonReader reader = Json.createReader(new StringReader(content))) {
      JsonObject error = reader.readObject();
      return error.get("status") != null
          && error.get("status").getValueType() == JsonValue.ValueType.NUMBER;
    } catch (JsonException | IllegalStateException e) {
      return false;
    }
  }

  private static String twilioError(int status, String reasonPhrase) {
    String phrase =
        reasonPhrase == null || reasonPhrase.isBlank() ? "" : " " + reasonPhrase.strip();
    return Json.createObjectBuilder()
        .add("status", status)
        .add("message", "HTTP " + status + phrase + " without a Twilio error body")
        .build()
        .toString();
  }
}
