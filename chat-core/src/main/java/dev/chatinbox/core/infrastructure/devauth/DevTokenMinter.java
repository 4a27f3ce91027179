package dev.chatinbox.core.infrastructure.devauth;

import dev.chatinbox.core.domain.shared.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mints RS256 JWTs in the shape MicroProfile JWT expects ({@code upn}, {@code groups}). */
public final class DevTokenMinter {
  private final RSAPrivateKey key;
  private final String issuer;

  public DevTokenMinter(RSAPrivateKey key, String issuer) {
    this.key = key;
    this.issuer = issuer;
  }

  /**
   * A token for {@code subject}.
   *
   * @param username {@code upn} and {@code preferred_username}
   * @param groups roles, e.g. {@code ADMIN}
   * @param ttl lifetime from now
   */
  public String mint(
      String subject,
      String username,
      Optional<String> name,
      Optional<String> email,
      List<String> groups,
      Duration ttl) {
    Instant now = Instant.now();
    StringBuilder claims = new StringBuilder("{");
    field(claims, "iss", issuer).append(',');
    field(claims, "sub", subject).append(',');
    field(claims, "upn", username).append(',');
    field(claims, "preferred_username", username).append(',');
    name.ifPresent(n -> field(claims, "name", n).append(','));
    email.ifPresent(e -> field(claims, "email", e).append(','));
    field(claims, "jti", UUID.randomUUID().toString()).append(',');
    claims.append("\"groups\":[");
    for (int i = 0; i < groups.size(); i++) {
      claims.append(i == 0 ? "" : ",").append(quote(groups.get(i)));
    }
    claims.append("],\"iat\":").append(now.getEpochSecond());
    claims.append(",\"exp\":").append(now.plus(ttl).getEpochSecond()).append('}');
    return sign("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims.toString());
  }

  private String sign(String header, String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input =
        b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign the token", e);
    }
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    return json.append(quote(name)).append(':').append(quote(value));
  }

  /** A JSON string literal. */
  static String quote(String value) {
    return JsonStrings.quote(value);
  }
}
