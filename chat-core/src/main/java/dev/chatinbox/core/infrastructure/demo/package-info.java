/**
 * A small demo data set for the zero-setup default: users, contacts and conversations on all
 * channels.
 */
package dev.chatinbox.core.infrastructure.demo;
