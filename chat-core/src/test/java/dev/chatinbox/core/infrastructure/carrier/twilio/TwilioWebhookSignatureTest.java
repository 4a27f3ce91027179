package dev.chatinbox.core.infrastructure.carrier.twilio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Twilio's request signature, computed here from the documented algorithm (HMAC-SHA1 keyed with the
 * auth token over the URL followed by the sorted parameters, base64) and checked by ours.
 */
class TwilioWebhookSignatureTest {
  private static final String URL = "https://inbox.example.com/api/v1/webhooks/twilio/sms/status";

  private static String sign(String token, String url, Map<String, String> params)
      throws Exception {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static TwilioWebhookSignature verifier(String token) {
    return new TwilioWebhookSignature(
        TwilioSettings.builder().accountSid("AC1").authToken(token).build());
  }

  private static Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("MessageStatus", "delivered");
    params.put("MessageSid", "SM123");
    params.put("To", "+14155550100");
    params.put("Body", "Grüße & <3");
    return params;
  }

  @Test
  void twilioSignatureOverThePublicUrlAndSortedParametersIsValid() throws Exception {
    assertTrue(verifier("tok").valid(URL, params(), sign("tok", URL, params())));
  }

  @Test
  void tamperingTheWrongTokenAnotherUrlOrNoTokenIsInvalid() throws Exception {
    String signature = sign("tok", URL, params());
    Map<String, String> tampered = params();
    tampered.put("MessageStatus", "read");
    assertFalse(verifier("tok").valid(URL, tampered, signature));
    assertFalse(verifier("other").valid(URL, params(), signature));
    assertFalse(verifier("tok").valid(URL.replace("sms", "whatsapp"), params(), signature));
    assertFalse(verifier("tok").valid(URL, params(), null));
    assertFalse(verifier("tok").valid(URL, params(), ""));
    assertFalse(verifier(null).valid(URL, params(), signature), "no auth token: nothing valid");
  }
}
