/** Canned replies (issue #18): listing, searching, saving and rendering them for a conversation. */
package dev.chatinbox.core.application.canned;
