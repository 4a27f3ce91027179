/** The {@code chat} command: entry point, global options and exit codes. */
package dev.chatinbox.cli;
