/** Private notes in a conversation and the caller's mentions (issue #18). */
package dev.chatinbox.api.rest.note;
