package dev.chatinbox.core.domain.note;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usernames a note names: {@code @} followed by a username's characters (letters, digits, dot,
 * underscore, hyphen), not preceded by a word character (so {@code bob@example.com} names nobody).
 * A trailing dot or hyphen ends a sentence, not a name. Lower-cased, in order of appearance, each
 * once.
 */
public final class MentionedNames {
  /** Most distinct users one note may mention. */
  public static final int MAX_MENTIONS = 20;

  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([\\p{L}\\p{N}._-]{1,150})");

  private MentionedNames() {}

  public static Set<String> in(String body) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(body);
    while (m.find()) {
      String name = m.group(1).replaceFirst("[.-]+$", "");
      if (!name.isEmpty()) {
        names.add(name.toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
