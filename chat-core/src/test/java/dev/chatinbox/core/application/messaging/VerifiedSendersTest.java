package dev.chatinbox.core.application.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verified-sender rule (the only one: sends, settings and the start-up log all use it). */
class VerifiedSendersTest {
  @Test
  void noListAllowsAnySender() {
    assertTrue(VerifiedSenders.parse(null).allows("anyone@anywhere.example"));
    assertTrue(VerifiedSenders.parse(" , ").allows("anyone@anywhere.example"));
    assertTrue(VerifiedSenders.parse("").entries().isEmpty());
  }

  @Test
  void listedAddressesAndDomainsMatchIgnoringCase() {
    VerifiedSenders senders = VerifiedSenders.parse(" Support@Example.com , @shop.example,");

    assertEquals(Set.of("support@example.com", "@shop.example"), senders.entries());
    assertTrue(senders.allows("support@example.com"));
    assertTrue(senders.allows("SUPPORT@Example.com "));
    assertTrue(senders.allows("sales@shop.example"));
    assertFalse(senders.allows("sales@example.com"));
    assertFalse(senders.allows("support@example.com.evil.example"));
    assertFalse(senders.allows("someone@sub.shop.example"), "a domain does not cover subdomains");
    assertFalse(senders.allows("shop.example"));
    assertFalse(senders.allows(null));
  }

  @Test
  void outboundSettingsUseTheRule() {
    OutboundSettings settings = new OutboundSettings("@shop.example", 1, 1, 1, "");
    assertTrue(settings.senderAllowed("Sales@Shop.example"));
    assertFalse(settings.senderAllowed("sales@example.com"));
  }
}
