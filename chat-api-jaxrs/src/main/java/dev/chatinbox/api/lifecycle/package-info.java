/**
 * What happens when the application starts: schema migration, demo data, a hint on how to get a
 * token.
 */
package dev.chatinbox.api.lifecycle;
