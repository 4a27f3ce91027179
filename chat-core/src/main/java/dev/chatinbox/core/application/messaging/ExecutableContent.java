package dev.chatinbox.core.application.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises executables and scripts among attachments by what they are, not by what the sender
 * declares: the file name's extension (the last one: {@code a.pdf.exe} is an {@code .exe}) and the
 * first bytes of the content — Windows PE ({@code MZ}), ELF, Mach-O (and fat/universal binaries,
 * which share Java class files' {@code CAFEBABE}) and scripts starting with {@code #!}.
 */
final class ExecutableContent {
  /** Extensions Windows, macOS, Linux or a browser runs (or installs) when opened. */
  private static final Set<String> EXTENSIONS =
      Set.of(
          "exe",
          "dll",
          "com",
          "scr",
          "pif",
          "cpl",
          "msi",
          "msp",
          "msc",
          "bat",
          "cmd",
          "ps1",
          "psm1",
          "vbs",
          "vbe",
          "js",
          "jse",
          "mjs",
          "wsf",
          "wsh",
          "hta",
          "jar",
          "class",
          "sh",
          "bash",
          "csh",
          "ksh",
          "zsh",
          "command",
          "app",
          "apk",
          "lnk",
          "reg",
          "scf",
          "inf",
          "gadget",
          "elf",
          "run",
          "appimage",
          "deb",
          "rpm",
          "dmg",
          "pkg");

  private ExecutableContent() {}

  /** Why the file name is refused, if it is. */
  static Optional<String> byName(String filename) {
    String name = filename.strip().toLowerCase(Locale.ROOT);
    // trailing dots and spaces are dropped by Windows: "a.exe." opens as "a.exe"
    while (name.endsWith(".") || name.endsWith(" ")) {
      name = name.substring(0, name.length() - 1);
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    return EXTENSIONS.contains(extension)
        ? Optional.of("." + extension + " files are executables or scripts and are not sent")
        : Optional.empty();
  }

  /** Why the content is refused, if it starts like an executable or a script. */
  static Optional<String> byContent(byte[] content) {
    if (startsWith(content, 'M', 'Z')) {
      return Optional.of("is a Windows executable (MZ header) and is not sent");
    }
    if (startsWith(content, 0x7F, 'E', 'L', 'F')) {
      return Optional.of("is an ELF executable and is not sent");
    }
    if (startsWith(content, 0xFE, 0xED, 0xFA, 0xCE)
        || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF)
        || startsWith(content, 0xCE, 0xFA, 0xED, 0xFE)
        || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE)
        || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return Optional.of("is a Mach-O (or Java class) executable and is not sent");
    }
    if (startsWith(content, '#', '!')) {
      return Optional.of("is a script (#!) and is not sent");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
