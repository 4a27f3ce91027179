/** What the commands share: configuration file, output (tables, JSON), CSV, token signing. */
package dev.chatinbox.cli.support;
