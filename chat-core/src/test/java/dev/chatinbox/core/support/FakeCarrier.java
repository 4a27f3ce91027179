package dev.chatinbox.core.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Twilio and SendGrid: an HTTP server on {@code 127.0.0.1} (random port) that
 * speaks their wire formats, for the real SDKs pointed at it through the base-URL settings ({@code
 * chat.twilio.base-url}, {@code chat.sendgrid.base-url} = {@link #baseUrl()}).
 *
 * <ul>
 *   <li>Twilio: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded, Basic
 *       auth; answers 201 with a Message resource ({@code sid}, {@code status}…) or Twilio's error
 *       JSON ({@code {"code":21211,"message":…,"more_info":…,"status":400}}). Every message it
 *       creates is remembered ({@link #twilioMessages()}) and listed by {@code GET} on the same
 *       path, in Twilio's list format ({@code messages}, {@code next_page_uri}, {@code page},
 *       {@code page_size}…; filters {@code To}, {@code From}, {@code DateSent}; newest first; paged
 *       by {@code PageSize} and {@code Page}).
 *   <li>SendGrid: {@code POST /v3/mail/send}, JSON, {@code Authorization: Bearer <key>}; answers
 *       202 with an {@code X-Message-Id} header, or SendGrid's error JSON ({@code
 *       {"errors":[{"message":…,"field":…}]}}).
 * </ul>
 *
 * <p>By default it accepts everything well-formed (checking credentials only when told which to
 * expect). Scripted {@link Answer}s — errors, delays, dropped connections — are used one per
 * request in order ({@link #enqueueTwilio}, {@link #enqueueSendGrid}), then the default answer
 * ({@link #twilioDefault}, {@link #sendGridDefault}). Every request is recorded ({@link
 * #requests()}).
 *
 * <p>Free of any test framework, so that unit and integration tests alike can use it.
 */
public final class FakeCarrier implements AutoCloseable {
  private final java.util.Map<String, java.util.Queue<Answer>> twilioScriptsByTo =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Path of Twilio's Messages resource, after any prefix (a base URL with a path, as a proxy has);
   * group 1 is the account SID.
   */
  /** One Message resource ({@code GET …/Messages/{Sid}.json}, the SDK's {@code fetcher}). */
  public static final Pattern TWILIO_MESSAGE =
      Pattern.compile("^(?:/.*)?/2010-04-01/Accounts/([^/]+)/Messages/([^/.]+)\\.json$");

  public static final Pattern TWILIO_MESSAGES =
      Pattern.compile("^(?:/.*)?/2010-04-01/Accounts/([^/]+)/Messages\\.json$");

  /** Twilio's Content API: one template ({@code GET /v1/Content/{ContentSid}}); group 1 the SID. */
  public static final Pattern TWILIO_CONTENT = Pattern.compile("^(?:/.*)?/v1/Content/(HX[^/]+)$");

  /** Path of SendGrid's mail send (after any prefix). */
  public static final String SENDGRID_MAIL_SEND = "/v3/mail/send";

  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Received> requests = new CopyOnWriteArrayList<>();
  private final List<JsonObject> twilioMessages = new CopyOnWriteArrayList<>();
  private final Map<String, String> twilioContents = new java.util.concurrent.ConcurrentHashMap<>();
  private final ConcurrentLinkedDeque<Answer> twilioListScript = new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedDeque<Answer> twilioScript = new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedDeque<Answer> sendGridScript = new ConcurrentLinkedDeque<>();
  private volatile Answer twilioDefault = Answer.twilioAccepted();
  private volatile Answer sendGridDefault = Answer.sendGridAccepted();
  private volatile String twilioUser;
  private volatile String twilioPassword;
  private volatile String sendGridKey;

  private FakeCarrier(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a fake carrier on {@code 127.0.0.1} and a free port. */
  public static FakeCarrier start() {
    return start(0);
  }

  /** Starts a fake carrier on {@code 127.0.0.1} and the given port (0: a free one). */
  public static FakeCarrier start(int port) {
    // the JDK server writes headers and body apart; with Nagle on, each answer waits ~40 ms for the
    // client's delayed ACK (read once, when the first server starts)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
      ExecutorService executor =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, "fake-carrier");
                thread.setDaemon(true);
                return thread;
              });
      FakeCarrier fake = new FakeCarrier(server, executor);
      server.setExecutor(executor);
      server.createContext("/", fake::handle);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the fake carrier", e);
    }
  }

  /** A URL where nothing listens (a port bound and released): calls get "connection refused". */
  public static String closedPortUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: the base URL for both carriers. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Answers the next Twilio requests with these, in order (then the default answer). */
  /**
   * Answers the next Twilio requests to recipient {@code to} (the {@code To} parameter) with these,
   * in order — other traffic (another test's messages) does not consume them.
   */
  /**
   * Makes Twilio's Content API know a {@code twilio/text} template: {@code GET /v1/Content/{sid}}
   * answers its Content resource (an unknown SID is 404, 20404).
   */
  public FakeCarrier twilioContent(String contentSid, String body) {
    twilioContents.put(contentSid, body);
    return this;
  }

  public FakeCarrier enqueueTwilioFor(String to, Answer... answers) {
    twilioScriptsByTo
        .computeIfAbsent(to, k -> new java.util.concurrent.ConcurrentLinkedQueue<>())
        .addAll(java.util.List.of(answers));
    return this;
  }

  /** The requests to Twilio's Messages resource for recipient {@code to}. */
  public List<Received> twilioRequestsTo(String to) {
    return twilioRequests().stream().filter(r -> to.equals(r.formValue("To"))).toList();
  }

  public FakeCarrier enqueueTwilio(Answer... answers) {
    Collections.addAll(twilioScript, answers);
    return this;
  }

  /**
   * Answers the next Twilio list requests ({@code GET …/Messages.json}) with these, in order (then
   * the real list).
   */
  public FakeCarrier enqueueTwilioList(Answer... answers) {
    Collections.addAll(twilioListScript, answers);
    return this;
  }

  /** The Message resources created so far (Twilio's JSON), oldest first. */
  public List<JsonObject> twilioMessages() {
    return List.copyOf(twilioMessages);
  }

  /**
   * Moves a created message on, as Twilio does after accepting it: what {@code GET
   * …/Messages/{Sid}.json} and the list then show.
   */
  public void twilioStatus(String sid, String status, Integer errorCode, String errorMessage) {
    for (int i = 0; i < twilioMessages.size(); i++) {
      JsonObject message = twilioMessages.get(i);
      if (sid.equals(message.getString("sid", ""))) {
        jakarta.json.JsonObjectBuilder changed =
            Json.createObjectBuilder(message).add("status", status);
        if (errorCode != null) {
          changed.add("error_code", errorCode).add("error_message", errorMessage);
        }
        twilioMessages.set(i, changed.build());
        return;
      }
    }
    throw new IllegalArgumentException("no Twilio message " + sid);
  }

  /** The Message resources created for recipient {@code to}, oldest first. */
  public List<JsonObject> twilioMessagesTo(String to) {
    return twilioMessages.stream().filter(m -> to.equals(m.getString("to"))).toList();
  }

  /** The requests to Twilio's Messages list. */
  public List<Received> twilioListRequests() {
    return requests.stream().filter(Received::twilioList).toList();
  }

  /** Answers the next SendGrid requests with these, in order (then the default answer). */
  public FakeCarrier enqueueSendGrid(Answer... answers) {
    Collections.addAll(sendGridScript, answers);
    return this;
  }

  /**
   * The answer to Twilio requests once the script is used up (initially {@link
   * Answer#twilioAccepted()}).
   */
  public FakeCarrier twilioDefault(Answer answer) {
    this.twilioDefault = answer;
    return this;
  }

  /**
   * The answer to SendGrid requests once the script is used up (initially {@link
   * Answer#sendGridAccepted()}).
   */
  public FakeCarrier sendGridDefault(Answer answer) {
    this.sendGridDefault = answer;
    return this;
  }

  /** Refuses Twilio requests (401, code 20003) whose Basic auth is not this user and password. */
  public FakeCarrier expectTwilioAuth(String user, String password) {
    this.twilioUser = user;
    this.twilioPassword = password;
    return this;
  }

  /** Refuses SendGrid requests (401) whose bearer token is not this API key. */
  public FakeCarrier expectSendGridKey(String apiKey) {
    this.sendGridKey = apiKey;
    return this;
  }

  /** Forgets recorded requests and scripts, and restores the default answers. */
  public void reset() {
    twilioContents.clear();
    twilioScriptsByTo.clear();
    requests.clear();
    twilioMessages.clear();
    twilioListScript.clear();
    twilioScript.clear();
    sendGridScript.clear();
    twilioDefault = Answer.twilioAccepted();
    sendGridDefault = Answer.sendGridAccepted();
  }

  /** Every request received so far, in order. */
  public List<Received> requests() {
    return List.copyOf(requests);
  }

  /** The requests to Twilio's Messages resource. */
  public List<Received> twilioRequests() {
    return requests.stream().filter(Received::twilio).toList();
  }

  /** The requests to SendGrid's mail send. */
  public List<Received> sendGridRequests() {
    return requests.stream().filter(Received::sendGrid).toList();
  }

  /** The last request to Twilio's Messages resource. */
  public Received lastTwilioRequest() {
    List<Received> twilio = twilioRequests();
    if (twilio.isEmpty()) {
      throw new IllegalStateException("The fake carrier received no Twilio request");
    }
    return twilio.get(twilio.size() - 1);
  }

  /** The last request to SendGrid's mail send. */
  public Received lastSendGridRequest() {
    List<Received> sendGrid = sendGridRequests();
    if (sendGrid.isEmpty()) {
      throw new IllegalStateException("The fake carrier received no SendGrid request");
    }
    return sendGrid.get(sendGrid.size() - 1);
  }

  /**
   * Waits until at least {@code count} requests arrived; false when {@code timeout} passed first.
   */
  public boolean awaitRequests(int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (requests.size() < count) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Received request = receive(exchange);
      requests.add(request);
      Answer answer;
      java.util.Queue<Answer> forRecipient =
          request.twilio() ? twilioScriptsByTo.get(request.formValue("To")) : null;
      if (request.twilioFetch()) {
        Matcher m = TWILIO_MESSAGE.matcher(request.path());
        m.matches();
        String sid = m.group(2);
        answer =
            twilioMessages.stream()
                .filter(j -> sid.equals(j.getString("sid", "")))
                .findFirst()
                .map(j -> Answer.raw(200, "application/json", j.toString()))
                .orElse(
                    Answer.twilioError(
                        404, 20404, "The requested resource " + request.path() + " was not found"));
      } else if ("GET".equals(request.method())
          && TWILIO_CONTENT.matcher(request.path()).matches()) {
        answer = twilioContent(request);
      } else if (request.twilioList()) {
        Answer scripted = twilioListScript.poll();
        answer = scripted != null ? scripted : Answer.twilioList();
      } else if (forRecipient != null && !forRecipient.isEmpty()) {
        answer = forRecipient.poll();
      } else if (request.twilio()) {
        answer = twilioScript.isEmpty() ? twilioDefault : twilioScript.poll();
        if (answer == null) {
          answer = twilioDefault;
        }
      } else if (request.sendGrid()) {
        answer = sendGridScript.isEmpty() ? sendGridDefault : sendGridScript.poll();
        if (answer == null) {
          answer = sendGridDefault;
        }
      } else {
        answer =
            Answer.twilioError(
                404, 20404, "The requested resource " + request.path() + " was not found");
      }
      answer.respond(this, exchange, request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  /** A Content resource as Twilio's Content API answers it, or its 404. */
  private Answer twilioContent(Received request) {
    Matcher m = TWILIO_CONTENT.matcher(request.path());
    m.matches();
    String sid = m.group(1);
    String body = twilioContents.get(sid);
    if (body == null) {
      return Answer.twilioError(
          404, 20404, "The requested resource " + request.path() + " was not found");
    }
    JsonObject content =
        Json.createObjectBuilder()
            .add("sid", sid)
            .add("account_sid", "AC" + "0".repeat(32))
            .add("friendly_name", "template " + sid)
            .add("language", "en")
            .add("variables", Json.createObjectBuilder().add("1", "name"))
            .add(
                "types",
                Json.createObjectBuilder()
                    .add("twilio/text", Json.createObjectBuilder().add("body", body)))
            .add("url", "https://content.twilio.com/v1/Content/" + sid)
            .add("links", Json.createObjectBuilder())
            .build();
    return Answer.raw(200, "application/json", content.toString());
  }

  private static Received receive(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    return new Received(
        Instant.now(),
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        Collections.unmodifiableMap(headers),
        new String(body, StandardCharsets.UTF_8));
  }

  private boolean twilioAuthorized(Received request) {
    if (twilioUser == null) {
      return true;
    }
    Optional<String[]> basic = request.basicAuth();
    return basic.isPresent()
        && basic.get()[0].equals(twilioUser)
        && basic.get()[1].equals(twilioPassword);
  }

  private boolean sendGridAuthorized(Received request) {
    return sendGridKey == null || request.bearerToken().filter(sendGridKey::equals).isPresent();
  }

  /** A request the fake carrier received. Header names are case-insensitive. */
  public record Received(
      Instant at,
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      String body) {

    /** Whether it created a message at Twilio ({@code POST} to the Messages resource). */
    public boolean twilio() {
      return "POST".equals(method) && TWILIO_MESSAGES.matcher(path).matches();
    }

    /** Whether it fetched one Twilio message ({@code GET} on a Message resource). */
    public boolean twilioFetch() {
      return "GET".equals(method) && TWILIO_MESSAGE.matcher(path).matches();
    }

    /** Whether it listed Twilio's messages ({@code GET} on the Messages resource). */
    public boolean twilioList() {
      return "GET".equals(method) && TWILIO_MESSAGES.matcher(path).matches();
    }

    /** The decoded query parameters: name → values in order. */
    public Map<String, List<String>> queryParams() {
      return decodeForm(query == null ? "" : query);
    }

    /** Whether it went to SendGrid's mail send. */
    public boolean sendGrid() {
      return path.endsWith(SENDGRID_MAIL_SEND);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The account SID in a Twilio request path. */
    public String twilioAccountSid() {
      Matcher matcher = TWILIO_MESSAGES.matcher(path);
      if (!matcher.matches()) {
        throw new IllegalStateException(path + " is not a Twilio Messages path");
      }
      return matcher.group(1);
    }

    /** The form-encoded body, decoded: name → values in order. */
    public Map<String, List<String>> form() {
      return "POST".equals(method) ? decodeForm(body) : new LinkedHashMap<>();
    }

    private static Map<String, List<String>> decodeForm(String encoded) {
      Map<String, List<String>> form = new LinkedHashMap<>();
      if (encoded.isEmpty()) {
        return form;
      }
      for (String pair : encoded.split("&")) {
        int eq = pair.indexOf('=');
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        form.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
      return form;
    }

    /** The first value of a form parameter, or null when absent. */
    public String formValue(String name) {
      List<String> values = form().get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The JSON body as an object. */
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    /** User and password of a Basic {@code Authorization} header. */
    public Optional<String[]> basicAuth() {
      String auth = header("Authorization");
      if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
        return Optional.empty();
      }
      String decoded =
          new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    /** The token of a Bearer {@code Authorization} header. */
    public Optional<String> bearerToken() {
      String auth = header("Authorization");
      if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return Optional.empty();
      }
      return Optional.of(auth.substring(7).strip());
    }
  }

  /** How the fake carrier answers one request. */
  public static final class Answer {
    private final Responder responder;
    private final Duration delay;

    private Answer(Responder responder, Duration delay) {
      this.responder = responder;
      this.delay = delay;
    }

    /**
     * Twilio's 201 with a Message resource echoing the request ({@code queued}; {@code accepted}
     * when sent through a Messaging Service). Well-formedness and credentials are checked first, as
     * Twilio does: a missing {@code To} → 21604, no {@code From}/{@code MessagingServiceSid} →
     * 21603, no {@code Body}/{@code ContentSid}/{@code MediaUrl} → 21602, bad credentials → 20003.
     */
    public static Answer twilioAccepted() {
      return new Answer(
          (fake, exchange, request) -> twilioAccept(fake, exchange, request, null), Duration.ZERO);
    }

    /** As {@link #twilioAccepted()}, with this status in the Message resource. */
    public static Answer twilioAccepted(String status) {
      return new Answer(
          (fake, exchange, request) -> twilioAccept(fake, exchange, request, status),
          Duration.ZERO);
    }

    /**
     * Creates the message at once (it shows in the list) but answers only after {@code delay}:
     * beyond the client's read timeout, the client cannot know that Twilio took it.
     */
    public static Answer twilioAcceptedAnsweringAfter(Duration delay) {
      return new Answer(
          (fake, exchange, request) -> {
            Reply reply = twilioCreate(fake, request, null);
            sleep(delay);
            send(exchange, reply.status(), "application/json", reply.json());
          },
          Duration.ZERO);
    }

    /** Twilio's list of the created messages that match the request's filters (the default). */
    public static Answer twilioList() {
      return new Answer(FakeCarrier.Answer::listTwilio, Duration.ZERO);
    }

    /** Twilio's error JSON: {@code {"code":…,"message":…,"more_info":…,"status":…}}. */
    public static Answer twilioError(int httpStatus, int code, String message) {
      return new Answer(
          (fake, exchange, request) ->
              send(
                  exchange,
                  httpStatus,
                  "application/json",
                  twilioErrorJson(httpStatus, code, message)),
          Duration.ZERO);
    }

    /**
     * SendGrid's 202 with a random {@code X-Message-Id}. Credentials and the basic shape (a
     * personalization, a from address) are checked first, as SendGrid does.
     */
    public static Answer sendGridAccepted() {
      return sendGridAccepted(null);
    }

    /** SendGrid's 202 with this {@code X-Message-Id}. */
    public static Answer sendGridAccepted(String messageId) {
      return new Answer(
          (fake, exchange, request) -> sendGridAccept(fake, exchange, request, messageId),
          Duration.ZERO);
    }

    /** SendGrid's error JSON: {@code {"errors":[{"message":…,"field":…,"help":null}]}}. */
    public static Answer sendGridError(int httpStatus, String message, String field) {
      return new Answer(
          (fake, exchange, request) ->
              send(exchange, httpStatus, "application/json", sendGridErrorJson(message, field)),
          Duration.ZERO);
    }

    /** Any status and body (e.g. a proxy's HTML 502). */
    public static Answer raw(int httpStatus, String contentType, String body) {
      return new Answer(
          (fake, exchange, request) -> send(exchange, httpStatus, contentType, body),
          Duration.ZERO);
    }

    /** Closes the connection without answering. */
    public static Answer closeConnection() {
      return new Answer((fake, exchange, request) -> {}, Duration.ZERO);
    }

    /**
     * This answer, given only after {@code delay} (longer than the client's read timeout: a
     * timeout).
     */
    public Answer after(Duration delay) {
      return new Answer(responder, delay);
    }

    void respond(FakeCarrier fake, HttpExchange exchange, Received request)
        throws IOException, InterruptedException {
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      responder.respond(fake, exchange, request);
    }

    private static void twilioAccept(
        FakeCarrier fake, HttpExchange exchange, Received request, String status)
        throws IOException {
      Reply reply = twilioCreate(fake, request, status);
      send(exchange, reply.status(), "application/json", reply.json());
    }

    /** What Twilio answers to a create; a created message is remembered (and listed). */
    private static Reply twilioCreate(FakeCarrier fake, Received request, String status) {
      if (!fake.twilioAuthorized(request)) {
        return new Reply(401, twilioErrorJson(401, 20003, "Authenticate"));
      }
      Map<String, List<String>> form = request.form();
      String to = first(form, "To");
      String from = first(form, "From");
      String service = first(form, "MessagingServiceSid");
      String body = first(form, "Body");
      if (to == null || to.isBlank()) {
        return new Reply(400, twilioErrorJson(400, 21604, "A 'To' phone number is required."));
      }
      if ((from == null || from.isBlank()) && (service == null || service.isBlank())) {
        return new Reply(400, twilioErrorJson(400, 21603, "A 'From' phone number is required."));
      }
      if ((body == null || body.isEmpty())
          && first(form, "ContentSid") == null
          && first(form, "MediaUrl") == null) {
        return new Reply(400, twilioErrorJson(400, 21602, "Message body is required."));
      }
      String account = request.twilioAccountSid();
      String sid = "SM" + HexFormat.of().formatHex(randomBytes(16));
      String now = RFC_2822.format(Instant.now());
      String answerStatus =
          status != null ? status : (from == null && service != null ? "accepted" : "queued");
      String uri = "/2010-04-01/Accounts/" + account + "/Messages/" + sid;
      JsonObject message =
          Json.createObjectBuilder()
              .add("account_sid", account)
              .add("api_version", "2010-04-01")
              .add("body", body == null ? "" : body)
              .add("date_created", now)
              .add("date_sent", JsonValue.NULL)
              .add("date_updated", now)
              .add("direction", "outbound-api")
              .add("error_code", JsonValue.NULL)
              .add("error_message", JsonValue.NULL)
              .add("from", from == null ? JsonValue.NULL : Json.createValue(from))
              .add(
                  "messaging_service_sid",
                  service == null ? JsonValue.NULL : Json.createValue(service))
              .add("num_media", "0")
              .add("num_segments", "1")
              .add("price", JsonValue.NULL)
              .add("price_unit", "USD")
              .add("sid", sid)
              .add("status", answerStatus)
              .add("subresource_uris", Json.createObjectBuilder().add("media", uri + "/Media.json"))
              .add("to", to)
              .add("uri", uri + ".json")
              .build();
      fake.twilioMessages.add(message);
      return new Reply(201, message.toString());
    }

    /**
     * Twilio's Messages list: newest first, filtered by {@code To}, {@code From} and {@code
     * DateSent} (a day, {@code YYYY-MM-DD}, with {@code <} / {@code >} for on-or-before /
     * on-or-after; a message not sent yet has no send date and never matches it).
     */
    private static void listTwilio(FakeCarrier fake, HttpExchange exchange, Received request)
        throws IOException {
      if (!fake.twilioAuthorized(request)) {
        send(exchange, 401, "application/json", twilioErrorJson(401, 20003, "Authenticate"));
        return;
      }
      Map<String, List<String>> query = request.queryParams();
      String to = first(query, "To");
      String from = first(query, "From");
      String sentOn = first(query, "DateSent");
      String sentBefore = first(query, "DateSent<");
      String sentAfter = first(query, "DateSent>");
      int pageSize = Math.min(1000, Math.max(1, intParam(query, "PageSize", 50)));
      int page = Math.max(0, intParam(query, "Page", 0));
      List<JsonObject> matching = new ArrayList<>(fake.twilioMessages);
      Collections.reverse(matching);
      matching.removeIf(
          m ->
              (to != null && !to.equals(m.getString("to", null)))
                  || (from != null && !from.equals(m.getString("from", null)))
                  || ((sentOn != null || sentBefore != null || sentAfter != null)
                      && !sentOnDay(m, sentOn, sentBefore, sentAfter)));
      int start = Math.min(page * pageSize, matching.size());
      int end = Math.min(start + pageSize, matching.size());
      JsonArrayBuilder messages = Json.createArrayBuilder();
      matching.subList(start, end).forEach(messages::add);
      String filters = listQuery(query);
      String base = request.path() + "?" + filters + (filters.isEmpty() ? "" : "&");
      JsonObjectBuilder list =
          Json.createObjectBuilder()
              .add("end", Math.max(end - 1, 0))
              .add("first_page_uri", base + "PageSize=" + pageSize + "&Page=0")
              .add("messages", messages)
              .add(
                  "next_page_uri",
                  end < matching.size()
                      ? Json.createValue(
                          base
                              + "PageSize="
                              + pageSize
                              + "&Page="
                              + (page + 1)
                              + "&PageToken=PASM"
                              + page)
                      : JsonValue.NULL)
              .add("page", page)
              .add("page_size", pageSize)
              .add(
                  "previous_page_uri",
                  page > 0
                      ? Json.createValue(base + "PageSize=" + pageSize + "&Page=" + (page - 1))
                      : JsonValue.NULL)
              .add("start", start)
              .add("uri", base + "PageSize=" + pageSize + "&Page=" + page);
      send(exchange, 200, "application/json", list.build().toString());
    }

    private static boolean sentOnDay(JsonObject message, String on, String before, String after) {
      JsonValue sent = message.get("date_sent");
      if (sent == null || sent.getValueType() != JsonValue.ValueType.STRING) {
        return false;
      }
      String day =
          java.time.LocalDate.from(RFC_2822.parse(message.getString("date_sent"))).toString();
      return (on == null || on.equals(day))
          && (before == null || day.compareTo(before) <= 0)
          && (after == null || day.compareTo(after) >= 0);
    }

    private static String listQuery(Map<String, List<String>> query) {
      StringBuilder out = new StringBuilder();
      for (String name : List.of("To", "From", "DateSent", "DateSent<", "DateSent>")) {
        String value = first(query, name);
        if (value != null) {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
      }
      return out.toString();
    }

    private static int intParam(Map<String, List<String>> query, String name, int fallback) {
      try {
        String value = first(query, name);
        return value == null ? fallback : Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }

    private static void sleep(Duration delay) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** A status and a JSON body. */
    private record Reply(int status, String json) {}

    private static void sendGridAccept(
        FakeCarrier fake, HttpExchange exchange, Received request, String messageId)
        throws IOException {
      if (!fake.sendGridAuthorized(request)) {
        send(
            exchange,
            401,
            "application/json",
            sendGridErrorJson(
                "The provided authorization grant is invalid, expired, or revoked", null));
        return;
      }
      JsonObject mail;
      try {
        mail = request.json();
      } catch (RuntimeException e) {
        send(exchange, 400, "application/json", sendGridErrorJson("Bad Request", null));
        return;
      }
      if (!mail.containsKey("personalizations")
          || mail.getJsonArray("personalizations").isEmpty()) {
        send(
            exchange,
            400,
            "application/json",
            sendGridErrorJson(
                "The personalizations field is required and must have at least one personalization.",
                "personalizations"));
        return;
      }
      if (!mail.containsKey("from") || !mail.getJsonObject("from").containsKey("email")) {
        send(
            exchange,
            400,
            "application/json",
            sendGridErrorJson(
                "The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.",
                "from"));
        return;
      }
      String id =
          messageId != null
              ? messageId
              : Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
      exchange.getResponseHeaders().set("X-Message-Id", id);
      exchange.sendResponseHeaders(202, -1);
    }

    private static String twilioErrorJson(int status, int code, String message) {
      return Json.createObjectBuilder()
          .add("code", code)
          .add("message", message)
          .add("more_info", "https://www.twilio.com/docs/errors/" + code)
          .add("status", status)
          .build()
          .toString();
    }

    private static String sendGridErrorJson(String message, String field) {
      JsonArrayBuilder errors =
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("message", message)
                      .add("field", field == null ? JsonValue.NULL : Json.createValue(field))
                      .add("help", JsonValue.NULL));
      return Json.createObjectBuilder().add("errors", errors).build().toString();
    }

    private static String first(Map<String, List<String>> form, String name) {
      List<String> values = form.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static byte[] randomBytes(int n) {
      byte[] bytes = new byte[n];
      RANDOM.nextBytes(bytes);
      return bytes;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body)
        throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  @FunctionalInterface
  private interface Responder {
    void respond(FakeCarrier fake, HttpExchange exchange, Received request) throws IOException;
  }
}
