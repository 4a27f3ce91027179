/** One class per {@code chat} command group. */
package dev.chatinbox.cli.command;
