package dev.chatinbox.core.application.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxTextCarrier;
import dev.chatinbox.core.infrastructure.persistence.JpaInboxChangeRepository;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.RecordingEvent;
import dev.chatinbox.core.support.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue #17, finding 11: the sandbox simulator (no carrier configured) lets a team member play only
 * contacts they may see — or new ones — never inject messages into another member's customer. Runs
 * the real services on PostgreSQL; the integration-test server has real carriers configured, where
 * the simulator is closed altogether.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxInboundTest {
  private TestDatabase db;
  private InboxFixture f;
  private SandboxInbound sandbox;
  private Caller bob;
  private Caller carol;

  @BeforeAll
  void wire() throws Exception {
    db = TestDatabase.postgres();
    f = new InboxFixture(db);
    InboxEvents events =
        new InboxEvents(new JpaInboxChangeRepository(f.em), new RecordingEvent<>(), f.clock);
    InboundConversations inbound = f.inbound(events, f.clock);
    sandbox =
        new SandboxInbound(
            new SandboxTextCarrier(),
            new SandboxEmailCarrier(),
            new InboundTextService(
                inbound, f.messages, f.contacts, f.conversations, events, f.clock),
            new InboundEmailService(inbound, f.messages, f.conversations, events, f.clock),
            new AccessPolicy(),
            f.contacts);
    User owner = f.user("bob", Role.USER);
    bob = InboxFixture.caller(owner);
    carol = InboxFixture.caller(f.user("carol", Role.USER));
    Contact customer = f.contact("Bob's Customer", "+14155550161", "customer@example.com", owner);
    f.conversation(customer, Channel.SMS, InboxFixture.NOW);
  }

  @AfterAll
  void close() throws Exception {
    f.close();
    db.close();
  }

  private long messages() {
    return f.tx(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM messages").getSingleResult())
                .longValue());
  }

  @Test
  void aContactTheCallerCannotSeeIsNotFoundAndReceivesNothing() {
    long before = messages();
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            f.tx(
                em ->
                    sandbox.receive(
                        carol, Channel.SMS, "+1 415 555 0161", "injected", Optional.empty())));
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            f.tx(
                em ->
                    sandbox.receive(
                        carol,
                        Channel.EMAIL,
                        "Customer@Example.com",
                        "injected",
                        Optional.of("Hi"))));
    assertEquals(before, messages(), "nothing injected");
  }

  @Test
  void theOwnerAndNewAddressesAreServed() {
    long before = messages();
    f.tx(em -> sandbox.receive(bob, Channel.SMS, "+14155550161", "hello", Optional.empty()));
    f.tx(em -> sandbox.receive(carol, Channel.SMS, "+14155550162", "new", Optional.empty()));
    assertEquals(before + 2, messages());
  }
}
