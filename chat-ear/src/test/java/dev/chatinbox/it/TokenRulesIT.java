package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One token validator for REST and the WebSocket (issue #17, finding 5): 30 s of clock skew by
 * default on {@code exp}, {@code nbf} and {@code iat}; a token without {@code sub} is 401 (1008 on
 * the WebSocket) like any invalid one; a {@code sub} equal to another user's id is its own
 * identity.
 */
class TokenRulesIT {
  private static final String M = Seed.marker();

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String sub(String name) {
    return "\"sub\":\"" + name + "-" + M + "\",\"upn\":\"" + name + "-" + M + "\"";
  }

  /** Every way a client can present a token: REST, and the WebSocket's three. */
  private static final List<Function<String, WsClient>> SOCKETS =
      List.of(WsClient::withQueryToken, WsClient::withHeaderToken, WsClient::withSubprotocolToken);

  private static void refusedEverywhere(String token, String what) throws Exception {
    Api.Response rest = Api.get("/api/v1/conversations", token);
    assertEquals(401, rest.status(), what + ": " + rest);
    assertTrue(rest.contentType().startsWith("application/problem+json"), rest::toString);
    for (Function<String, WsClient> connect : SOCKETS) {
      try (WsClient ws = connect.apply(token)) {
        assertEquals(1008, ws.closeCode(Duration.ofSeconds(10)), what + " on the WebSocket");
      }
    }
  }

  private static void acceptedEverywhere(String token, String what) throws Exception {
    Api.Response rest = Api.get("/api/v1/conversations", token);
    assertEquals(200, rest.status(), what + ": " + rest);
    for (Function<String, WsClient> connect : SOCKETS) {
      try (WsClient ws = connect.apply(token)) {
        ws.send("{\"action\":\"ping\"}");
        assertEquals(
            "pong",
            ws.await(f -> true, Duration.ofSeconds(10)).getString("type"),
            what + " on the WebSocket");
      }
    }
  }

  @Test
  void expiredBeyondThirtySecondsIsRefusedOnRestAndWebSocket() throws Exception {
    refusedEverywhere(Tokens.withClaims(sub("late") + ",\"exp\":" + (now() - 45)), "exp 45 s ago");
    acceptedEverywhere(
        Tokens.withClaims(sub("nearly") + ",\"exp\":" + (now() - 5)), "exp 5 s ago (skew)");
  }

  @Test
  void notBeforeAndIssuedAtInTheFutureAreRefusedOnRestAndWebSocket() throws Exception {
    long exp = now() + 7200;
    refusedEverywhere(
        Tokens.withClaims(sub("early") + ",\"nbf\":" + (now() + 60) + ",\"exp\":" + exp),
        "nbf 60 s ahead");
    refusedEverywhere(
        Tokens.withClaims(sub("future") + ",\"iat\":" + (now() + 3600) + ",\"exp\":" + exp),
        "iat an hour ahead");
    acceptedEverywhere(
        Tokens.withClaims(
            sub("fine") + ",\"iat\":" + now() + ",\"nbf\":" + (now() - 1) + ",\"exp\":" + exp),
        "iat now, nbf past");
  }

  @Test
  void aTokenWithoutSubjectIs401NotForbidden() throws Exception {
    refusedEverywhere(
        Tokens.withClaims("\"upn\":\"nosub-" + M + "\",\"exp\":" + (now() + 600)), "no sub");
    refusedEverywhere(
        Tokens.withClaims("\"sub\":\"\",\"upn\":\"blank-" + M + "\",\"exp\":" + (now() + 600)),
        "blank sub");
  }

  @Test
  void aSubjectEqualToAnotherUsersIdIsItsOwnIdentity() throws Exception {
    UUID existing;
    try (Seed seed = new Seed()) {
      existing = seed.user("owner-of-id-" + M, "Owner Of Id " + M, "USER");
    }
    String token =
        Tokens.withClaims(
            "\"sub\":\""
                + existing
                + "\",\"upn\":\"someone-else-"
                + M
                + "\",\"exp\":"
                + (now() + 600));
    for (int i = 0; i < 2; i++) {
      Api.Response response = Api.get("/api/v1/conversations", token);
      assertEquals(200, response.status(), response::toString);
    }
    try (Seed seed = new Seed()) {
      assertEquals(
          1,
          seed.count(
              "SELECT COUNT(*) FROM users WHERE subject = ? AND id <> ?",
              existing.toString(),
              existing),
          "the token's subject got a user of its own, with another id");
      assertEquals(
          1,
          seed.count(
              "SELECT COUNT(*) FROM users WHERE id = ? AND subject = ?",
              existing,
              "owner-of-id-" + M),
          "the user who had that id is untouched");
    }
  }
}
