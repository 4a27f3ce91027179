/** The {@code chat} command line: picocli commands over the client SDK. */
module dev.chatinbox.cli {
  requires dev.chatinbox.sdk;
  requires info.picocli;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  // picocli injects options and subcommands reflectively
  opens dev.chatinbox.cli to
      info.picocli;
  opens dev.chatinbox.cli.command to
      info.picocli;
}
