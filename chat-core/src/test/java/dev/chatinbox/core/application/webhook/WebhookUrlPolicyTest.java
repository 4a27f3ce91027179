package dev.chatinbox.core.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.webhook.WebhookUrlPolicy.RefusedAddressException;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address classes of issue #19, refused at creation ({@link WebhookUrlPolicy#accept}) and at
 * delivery ({@link WebhookUrlPolicy#target}), including a name that resolves to loopback.
 */
class WebhookUrlPolicyTest {
  /** Names resolve as in this table; a literal resolves to itself. */
  private static final WebhookUrlPolicy.Resolver DNS =
      host -> {
        Map<String, String> names =
            Map.of(
                "public.example", "93.184.216.34",
                "rebind.example", "127.0.0.1",
                "mixed.example", "10.1.2.3");
        String address = names.getOrDefault(host, host);
        if (host.endsWith(".invalid")) {
          throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
      };

  private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false, DNS);
  private final WebhookUrlPolicy development = new WebhookUrlPolicy(true, DNS);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://127.0.0.1/hook",
        "https://127.8.9.10/hook",
        "https://10.0.0.1/hook",
        "https://10.255.255.254/hook",
        "https://172.16.0.1/hook",
        "https://172.31.255.1/hook",
        "https://192.168.1.1/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://169.254.10.10/hook",
        "https://[::1]/hook",
        "https://[fe80::1]/hook",
        "https://[fd00:ec2::254]/hook",
        "https://[fc00::5]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://0.0.0.0/hook",
        "https://100.64.0.1/hook",
        "https://localhost/hook",
        "https://rebind.example/hook"
      })
  void internalAddressesAreRefusedAtCreationAndAtDelivery(String url) {
    InvalidInputException atCreation =
        assertThrows(InvalidInputException.class, () -> strict.accept("url", url));
    assertEquals("url", atCreation.violations().get(0).field());
    assertThrows(RefusedAddressException.class, () -> strict.target(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://169.254.169.254/latest/meta-data",
        "https://169.254.10.10/hook",
        "https://[fe80::1]/hook",
        "https://[fd00:ec2::254]/hook",
        "http://100.100.100.200/hook",
        "http://0.0.0.0/hook"
      })
  void linkLocalAndMetadataAddressesStayRefusedWhenPrivateOnesAreAllowed(String url) {
    assertThrows(InvalidInputException.class, () -> development.accept("url", url));
    assertThrows(RefusedAddressException.class, () -> development.target(URI.create(url)));
  }

  @Test
  void developmentAllowsHttpLoopbackAndPrivateTargets() throws Exception {
    development.accept("url", "http://127.0.0.1:49100/hook");
    development.accept("url", "http://localhost:49100/hook");
    assertEquals(
        "10.1.2.3", development.target(URI.create("https://mixed.example/")).getHostAddress());
  }

  @Test
  void publicHttpsIsAcceptedAndItsCheckedAddressIsTheOneToConnectTo() throws Exception {
    strict.accept("url", "https://public.example/hooks?x=1");
    assertEquals(
        "93.184.216.34",
        strict.target(URI.create("https://public.example/hooks")).getHostAddress());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://public.example/hook",
        "ftp://public.example/hook",
        "https://user:pw@public.example/hook",
        "https://public.example/hook#frag",
        "/relative",
        "https://nowhere.invalid/hook",
        ""
      })
  void otherUrlsAreRefusedWithAReason(String url) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> strict.accept("url", url));
    assertTrue(!e.violations().get(0).message().isBlank());
  }
}
