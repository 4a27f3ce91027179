/**
 * The zero-setup signing key: an RSA key pair generated on first start in the data directory, and a
 * minter of tokens signed with it. For development and demos only; production configures its
 * identity provider's key instead (README, "Authentication").
 */
package dev.chatinbox.core.infrastructure.devauth;
