package dev.chatinbox.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI signs with the server's PEM key, in the shape MicroProfile JWT reads. */
class TokenSignerTest {
  @TempDir Path keys;

  @Test
  void mintsAnRs256TokenVerifiableWithThePublicKey() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair pair = g.generateKeyPair();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    Files.writeString(keys.resolve(TokenSigner.PRIVATE_FILE), pem);

    String token =
        TokenSigner.fromKeyDir(keys)
            .mint(
                "sub-1",
                "alice",
                "Alice",
                null,
                List.of("ADMIN", "USER"),
                TokenSigner.DEV_ISSUER,
                Duration.ofMinutes(5));
    String[] parts = token.split("\\.");
    assertEquals(3, parts.length);
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(pair.getPublic());
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])));
    JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertEquals("sub-1", claims.get("sub").asText());
    assertEquals("alice", claims.get("upn").asText());
    assertEquals(TokenSigner.DEV_ISSUER, claims.get("iss").asText());
    assertEquals("ADMIN", claims.get("groups").get(0).asText());
    assertEquals(300, claims.get("exp").asLong() - claims.get("iat").asLong());
    assertTrue(!claims.has("email"));
  }
}
