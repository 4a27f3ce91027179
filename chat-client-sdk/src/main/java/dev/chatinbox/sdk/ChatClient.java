package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.generated.ApiClient;
import dev.chatinbox.sdk.internal.generated.api.ContactsApi;
import dev.chatinbox.sdk.internal.generated.api.ConversationsApi;
import dev.chatinbox.sdk.internal.generated.api.ManualActionsApi;
import dev.chatinbox.sdk.internal.generated.api.MessagesApi;
import dev.chatinbox.sdk.internal.generated.api.ScheduledMessagesApi;
import dev.chatinbox.sdk.internal.generated.api.TeamsApi;
import dev.chatinbox.sdk.internal.generated.api.UsersApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Entry point of the SDK: one instance per server and identity, thread-safe, cheap to keep.
 *
 * <pre>{@code
 * ChatClient chat = ChatClient.builder()
 *     .baseUrl("https://inbox.example.com")
 *     .token(jwt)
 *     .build();
 * chat.conversations().stream(ConversationQuery.all().filter("unread"))
 *     .forEach(c -> System.out.println(c.fullName()));
 * }</pre>
 *
 * <p>Groups follow the API's sections; {@link #events()} subscribes to real-time events.
 */
public final class ChatClient {
  private final Conversations conversations;
  private final Messages messages;
  private final Contacts contacts;
  private final Users users;
  private final Teams teams;
  private final Actions actions;
  private final Notes notes;
  private final CannedReplies cannedReplies;
  private final Reports reports;
  private final Events events;
  private final Webhooks webhooks;
  private final Scheduled scheduled;
  private final RawApi raw;

  private ChatClient(Builder b) {
    ApiClient api = new ApiClient();
    api.updateBaseUri(b.baseUrl);
    api.setHttpClientBuilder(
        HttpClient.newBuilder()
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL));
    api.setConnectTimeout(b.connectTimeout);
    api.setReadTimeout(b.readTimeout);
    Supplier<String> tokens = b.tokenSupplier;
    api.setRequestInterceptor(
        request -> {
          request.header("User-Agent", "chat-inbox-java-sdk");
          String token = tokens == null ? null : tokens.get();
          if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
          }
        });
    Calls calls = new Calls(api.getObjectMapper(), b.maxRetries, b.initialBackoff, b.maxBackoff);
    this.conversations = new Conversations(new ConversationsApi(api), calls);
    this.raw = new RawApi(api, calls);
    this.messages = new Messages(new MessagesApi(api), calls, raw);
    this.contacts = new Contacts(new ContactsApi(api), calls);
    this.users = new Users(new UsersApi(api), calls);
    this.teams = new Teams(new TeamsApi(api), calls);
    this.actions = new Actions(new ManualActionsApi(api), calls);
    this.notes = new Notes(new dev.chatinbox.sdk.internal.generated.api.NotesApi(api), calls);
    this.cannedReplies =
        new CannedReplies(
            new dev.chatinbox.sdk.internal.generated.api.CannedRepliesApi(api), calls);
    this.reports = new Reports(new dev.chatinbox.sdk.internal.generated.api.ReportsApi(api), calls);
    this.scheduled = new Scheduled(new ScheduledMessagesApi(api), calls);
    this.webhooks =
        new Webhooks(
            new dev.chatinbox.sdk.internal.generated.api.WebhooksApi(api),
            calls,
            api.getObjectMapper());
    this.events =
        new Events(
            HttpClient.newBuilder().connectTimeout(b.connectTimeout).build(),
            b.baseUrl,
            tokens,
            api.getObjectMapper());
  }

  /** A builder; {@code baseUrl} is required, a token almost always. */
  public static Builder builder() {
    return new Builder();
  }

  /** The API's answers as plain values with the API's own field names (see {@link RawApi}). */
  public RawApi raw() {
    return raw;
  }

  public Conversations conversations() {
    return conversations;
  }

  public Messages messages() {
    return messages;
  }

  public Contacts contacts() {
    return contacts;
  }

  public Users users() {
    return users;
  }

  /** Teams (#18). */
  public Teams teams() {
    return teams;
  }

  /** Private notes and the caller's mentions. */
  public Notes notes() {
    return notes;
  }

  /** Canned replies, shared and personal. */
  public CannedReplies cannedReplies() {
    return cannedReplies;
  }

  /** Team reports (administrators). */
  public Reports reports() {
    return reports;
  }

  /** Manual actions. */
  public Actions actions() {
    return actions;
  }

  /** Scheduled messages: list and cancel. */
  public Scheduled scheduled() {
    return scheduled;
  }

  /** Outbound webhooks and the events list (ADMIN). */
  public Webhooks webhooks() {
    return webhooks;
  }

  /** Real-time events (WebSocket), with automatic reconnect and resume. */
  public Events events() {
    return events;
  }

  /** Configures a {@link ChatClient}. */
  public static final class Builder {
    private String baseUrl;
    private Supplier<String> tokenSupplier;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(30);

    private Builder() {}

    /** The server's root, e.g. {@code https://inbox.example.com} (the API is under /api/v1). */
    public Builder baseUrl(String url) {
      URI uri = URI.create(Objects.requireNonNull(url, "baseUrl"));
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("baseUrl needs a scheme and a host: " + url);
      }
      String s = uri.toString();
      this.baseUrl = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
      return this;
    }

    /** A fixed bearer token (a JWT). */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      this.tokenSupplier = () -> token;
      return this;
    }

    /** Asked before every request: for tokens that are refreshed. */
    public Builder tokenSupplier(Supplier<String> supplier) {
      this.tokenSupplier = Objects.requireNonNull(supplier, "tokenSupplier");
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = Objects.requireNonNull(value);
      return this;
    }

    /** How long to wait for a response to one request. */
    public Builder readTimeout(Duration value) {
      this.readTimeout = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Retries of idempotent calls (GET, PUT, DELETE) after a connection failure, 429 or 5xx;
     * default 3, 0 turns retrying off.
     */
    public Builder maxRetries(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxRetries < 0");
      }
      this.maxRetries = value;
      return this;
    }

    /**
     * Backoff between retries: jittered, doubling from {@code initial}, never above {@code max}. A
     * server's {@code Retry-After} wins; one above {@code max} is not waited for (the error is
     * thrown).
     */
    public Builder backoff(Duration initial, Duration max) {
      if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("need 0 < initial <= max");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    public ChatClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      return new ChatClient(this);
    }
  }
}
