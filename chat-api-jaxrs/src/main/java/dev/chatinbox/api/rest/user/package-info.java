/**
 * The user directory (spec 4.2, 7.1) and its administration: finding team members, creating,
 * changing, deactivating and reactivating users.
 */
package dev.chatinbox.api.rest.user;
