package dev.chatinbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code jdeps --check} on the SDK and CLI modules: each {@code module-info.java} must require
 * exactly the modules its code uses (no missing, no unused requires), so the descriptors stay true
 * as the code changes.
 */
class ModuleDescriptorTest {
  @Test
  void jdepsCheckFindsTheDescriptorsExact() {
    String modulePath =
        Arrays.stream(
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator))
            .filter(p -> !p.endsWith("test-classes"))
            .filter(p -> new File(p).exists())
            .collect(Collectors.joining(File.pathSeparator));
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int rc =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(out),
            "--multi-release",
            "17",
            "--module-path",
            modulePath,
            "--check",
            "dev.chatinbox.sdk,dev.chatinbox.cli");
    String report = out.toString();
    assertEquals(0, rc, report);
    assertFalse(report.contains("unused"), report);
    assertFalse(report.contains("not found"), report);
    for (Map.Entry<String, String[]> module : sections(report).entrySet()) {
      String[] s = module.getValue();
      assertEquals(
          requires(s[1]), requires(s[0]), module.getKey() + ": declared vs suggested\n" + report);
    }
  }

  /** Per module: the text of "[Module descriptor]" and of "[Suggested module descriptor ...]". */
  private static Map<String, String[]> sections(String report) {
    Map<String, String[]> result = new LinkedHashMap<>();
    for (String module : report.split("(?m)^(?=dev\\.chatinbox\\.)")) {
      if (module.isBlank()) {
        continue;
      }
      String name = module.substring(0, module.indexOf(' '));
      String declared = between(module, "[Module descriptor]", "[Suggested");
      String suggested = between(module, "[Suggested module descriptor", "[Transitive");
      result.put(name, new String[] {declared, suggested});
    }
    assertEquals(Set.of("dev.chatinbox.sdk", "dev.chatinbox.cli"), result.keySet(), report);
    return result;
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start);
    return start < 0 ? "" : text.substring(start, end < 0 ? text.length() : end);
  }

  /** Module names required, without modifiers (static, transitive) and versions. */
  private static Set<String> requires(String section) {
    Set<String> names = new TreeSet<>();
    for (String line : section.split("\n")) {
      String t = line.trim();
      if (t.startsWith("requires ")) {
        String[] words = t.replace(";", "").split("\\s+");
        for (int i = 1; i < words.length; i++) {
          if (!Set.of("static", "transitive", "mandated").contains(words[i])) {
            names.add(words[i]);
            break;
          }
        }
      }
    }
    return names;
  }
}
