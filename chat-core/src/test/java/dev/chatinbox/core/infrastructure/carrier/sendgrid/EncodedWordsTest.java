package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EncodedWordsTest {
  @Test
  void qAndBWordsInAnyCaseAndCharset() {
    assertEquals("Café question", EncodedWords.decode("=?ISO-8859-1?Q?Caf=E9_question?="));
    assertEquals(
        "Zoë <z@example.org>", EncodedWords.decode("=?utf-8?b?Wm/Dqw==?= <z@example.org>"));
    assertEquals("ご注文", EncodedWords.decode("=?UTF-8?B?44GU5rOo5paH?="));
  }

  @Test
  void adjacentWordsJoinWithoutTheSpaceAndACharacterSplitAcrossThemSurvives() {
    // "é" is C3 A9 in UTF-8, split over two words
    assertEquals("café", EncodedWords.decode("=?UTF-8?Q?caf=C3?= =?UTF-8?Q?=A9?="));
    assertEquals("a b", EncodedWords.decode("=?UTF-8?Q?a?= b"));
    assertEquals("Re: Crème", EncodedWords.decode("Re: =?iso-8859-1*fr?Q?Cr=E8me?="));
  }

  @Test
  void plainOrBrokenTextStaysAsItIs() {
    assertEquals("Hello", EncodedWords.decode("Hello"));
    assertEquals("=?x-unknown?Q?a?=", EncodedWords.decode("=?x-unknown?Q?a?="));
    assertEquals("=?UTF-8?B?***?=", EncodedWords.decode("=?UTF-8?B?***?="));
    assertEquals(null, EncodedWords.decode(null));
  }
}
