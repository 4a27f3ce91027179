/** Manual actions (spec 8): things people have to do by hand for a conversation. */
package dev.chatinbox.api.rest.action;
