package dev.chatinbox.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentKeywordTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "STOP",
        "stop",
        " Stop \n",
        "STOPALL",
        "unsubscribe",
        "CANCEL",
        "end",
        "Quit",
        "REVOKE",
        "optout"
      })
  void optOutKeywordsAsTheWholeMessage(String body) {
    assertEquals(Optional.of(ConsentKeyword.OPT_OUT), ConsentKeyword.of(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"START", "start", "UNSTOP", " yes "})
  void optInKeywords(String body) {
    assertEquals(Optional.of(ConsentKeyword.OPT_IN), ConsentKeyword.of(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"please stop", "stop!", "STOP IT", "", " ", "yes please", "starting"})
  void otherMessagesAreNoKeyword(String body) {
    assertEquals(Optional.empty(), ConsentKeyword.of(body));
  }

  @org.junit.jupiter.api.Test
  void noBodyIsNoKeyword() {
    assertEquals(Optional.empty(), ConsentKeyword.of(null));
  }
}
