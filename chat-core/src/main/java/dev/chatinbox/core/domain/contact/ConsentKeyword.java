package dev.chatinbox.core.domain.contact;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The carrier-standard keywords by which a contact withdraws or gives consent to be messaged on a
 * channel. Twilio honours them itself on its side (it blocks further messages after STOP); we
 * mirror them as do-not-disturb so the inbox refuses the send up front instead of having it fail
 * with error 21610.
 *
 * <p>A keyword counts only as the whole message (surrounding blanks and case ignored): "stop" opts
 * out, "please stop calling" does not — the carriers' own rule.
 */
public enum ConsentKeyword {
  /** STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT: sets do-not-disturb. */
  OPT_OUT,
  /** START, UNSTOP, YES: clears do-not-disturb. */
  OPT_IN;

  private static final Set<String> OPT_OUT_WORDS =
      Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT");
  private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP", "YES");

  /** The keyword that {@code body} is, if it is one. */
  public static Optional<ConsentKeyword> of(String body) {
    if (body == null) {
      return Optional.empty();
    }
    String word = body.strip().toUpperCase(Locale.ROOT);
    if (OPT_OUT_WORDS.contains(word)) {
      return Optional.of(OPT_OUT);
    }
    if (OPT_IN_WORDS.contains(word)) {
      return Optional.of(OPT_IN);
    }
    return Optional.empty();
  }
}
