package dev.chatinbox.sdk.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.sdk.ChatApiException;
import dev.chatinbox.sdk.internal.generated.ApiException;
import dev.chatinbox.sdk.internal.generated.model.Problem;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs generated-client calls: turns their {@link ApiException} into {@link ChatApiException}, and
 * retries idempotent calls (GET, PUT, DELETE) on connection failures, 429 and 5xx with jittered
 * exponential backoff, honouring {@code Retry-After}. POST and PATCH are never retried: a lost
 * response may hide a request that did take effect (a message sent twice).
 */
public final class Calls {
  /** A generated-client call. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws ApiException;
  }

  private final ObjectMapper mapper;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  public Calls(ObjectMapper mapper, int maxRetries, Duration initialBackoff, Duration maxBackoff) {
    this.mapper = mapper;
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /** A GET, PUT or DELETE: retried. */
  public <T> T idempotent(Call<T> call) {
    for (int attempt = 0; ; attempt++) {
      try {
        return call.run();
      } catch (ApiException e) {
        ChatApiException failure = translate(e);
        if (attempt >= maxRetries || !retryable(failure)) {
          throw failure;
        }
        int done = attempt;
        Duration wait = failure.retryAfter().orElseGet(() -> backoff(done));
        if (wait.compareTo(maxBackoff) > 0) {
          throw failure;
        }
        sleep(wait);
      }
    }
  }

  /** A POST or PATCH: tried once. */
  public <T> T once(Call<T> call) {
    try {
      return call.run();
    } catch (ApiException e) {
      throw translate(e);
    }
  }

  private static boolean retryable(ChatApiException e) {
    return e.isConnectionFailure() || e.status() == 429 || e.status() >= 500;
  }

  /** Equal jitter: uniform in [cap/2, cap] with cap = min(max, initial * 2^attempt). */
  Duration backoff(int attempt) {
    long cap = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(attempt, 20));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChatApiException("interrupted while waiting to retry", e);
    }
  }

  /** The problem+json body of a failed call, or what can be said without one. */
  public ChatApiException translate(ApiException e) {
    if (e.getCode() == 0) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new ChatApiException("no response from the server", cause);
    }
    Optional<Duration> retryAfter = retryAfter(e.getResponseHeaders());
    String body = e.getResponseBody();
    if (body != null && !body.isBlank()) {
      try {
        Problem p = mapper.readValue(body, Problem.class);
        if (p.getTitle() != null || p.getType() != null) {
          List<ChatApiException.FieldError> errors =
              p.getErrors() == null
                  ? List.of()
                  : p.getErrors().stream()
                      .map(f -> new ChatApiException.FieldError(f.getField(), f.getMessage()))
                      .toList();
          return new ChatApiException(
              p.getStatus() == null ? e.getCode() : p.getStatus(),
              p.getType(),
              p.getTitle(),
              p.getDetail(),
              p.getInstance(),
              errors,
              retryAfter);
        }
      } catch (IOException notProblemJson) {
        // fall through: a body that is not problem+json (a proxy's error page)
      }
    }
    return new ChatApiException(
        e.getCode(), null, "HTTP " + e.getCode(), body, null, List.of(), retryAfter);
  }

  /** {@code Retry-After}: delay-seconds or an HTTP date. */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers
        .firstValue("Retry-After")
        .flatMap(
            v -> {
              try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
              } catch (NumberFormatException notSeconds) {
                try {
                  ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                  Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                  return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException unreadable) {
                  return Optional.empty();
                }
              }
            });
  }
}
