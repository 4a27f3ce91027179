package dev.chatinbox.core.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailThreadingTest {
  private static final UUID ID = UUID.fromString("01a21293-bdd0-7327-8665-6af52c1a7912");

  @Test
  void ourMessageIdNamesTheMessageAndTheSenderDomain() {
    String header = EmailThreading.messageIdHeader(ID, "support@shop.example");
    assertEquals("<" + ID + "@shop.example>", header);
    assertEquals(Optional.of(ID), EmailThreading.ourMessage(EmailThreading.ids(header).get(0)));
  }

  @Test
  void headersListIdsInOrderAndForeignIdsAreNotOurs() {
    assertEquals(
        List.of("a@x", ID + "@shop.example", "b@y"),
        EmailThreading.ids("<a@x> <" + ID + "@shop.example>\r\n <b@y>"));
    assertEquals(List.of("bare@id"), EmailThreading.ids(" bare@id "));
    assertEquals(List.of(), EmailThreading.ids(null));
    assertEquals(Optional.empty(), EmailThreading.ourMessage("CAF=abc@mail.gmail.com"));
    assertEquals(Optional.empty(), EmailThreading.ourMessage(ID.toString()));
  }
}
