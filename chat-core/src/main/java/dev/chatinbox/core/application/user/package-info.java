/**
 * Users: provisioning from verified tokens (the directory copy of name, email and roles),
 * administration (create, edit, deactivate) and the directory read by the UI.
 */
package dev.chatinbox.core.application.user;
