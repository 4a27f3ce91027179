package dev.chatinbox.core.domain.canned;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a canned reply may name, written {@code {{name}}} (spaces inside the braces
 * allowed): {@code contact.firstName}, {@code contact.fullName}, {@code agent.name}. Any other name
 * is refused when the reply is saved, so rendering never meets an unknown one.
 */
public final class ReplyVariables {
  public static final String CONTACT_FIRST_NAME = "contact.firstName";
  public static final String CONTACT_FULL_NAME = "contact.fullName";
  public static final String AGENT_NAME = "agent.name";

  /** Every known variable, in documentation order. */
  public static final List<String> KNOWN =
      List.of(CONTACT_FIRST_NAME, CONTACT_FULL_NAME, AGENT_NAME);

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  private ReplyVariables() {}

  /** The names {@code text} uses that are not known, each once, in order of appearance. */
  public static Set<String> unknownIn(String text) {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      if (!KNOWN.contains(m.group(1))) {
        unknown.add(m.group(1));
      }
    }
    return unknown;
  }

  /** {@code text} with each known variable replaced by its value ({@code ""} when it has none). */
  public static String render(String text, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String name = m.group(1);
      String value = KNOWN.contains(name) ? values.getOrDefault(name, "") : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The first word of a full name ({@code ""} for none). */
  public static String firstName(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    return fullName.trim().split("\\s+", 2)[0];
  }
}
