/**
 * Authentication glue: the verified MicroProfile JWT becomes a {@code Caller} (provisioning the
 * user on first use); container 401/403 pages become problem+json; the zero-setup signing key is
 * offered to MicroProfile JWT when no real key is configured.
 */
package dev.chatinbox.api.security;
