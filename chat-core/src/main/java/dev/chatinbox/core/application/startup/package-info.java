/**
 * The application's start: what the server runs once before serving (schema migration, demo data)
 * and the development key of a zero-setup server — reached through ports, so the API needs no
 * infrastructure class to start.
 */
package dev.chatinbox.core.application.startup;
