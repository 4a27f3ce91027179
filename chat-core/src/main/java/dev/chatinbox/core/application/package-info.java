/**
 * Use cases of the inbox: who may see what (the access policy, enforced here and nowhere else),
 * listing and changing conversations, reading history, provisioning users from tokens.
 */
package dev.chatinbox.core.application;
