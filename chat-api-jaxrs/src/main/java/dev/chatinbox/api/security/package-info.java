/**
 * Authentication: the bearer JWT of a request is verified (once per token while it is valid: {@code
 * TokenVerifier}, {@code VerifiedTokenCache}) by the application's own Jakarta Security mechanism
 * ({@code BearerTokenMechanism}) and becomes the request's {@code JsonWebToken} and then a {@code
 * Caller} (provisioning the user on first use); container 401/403 pages become problem+json; the
 * zero-setup signing key is offered to the verifier when no real key is configured.
 */
package dev.chatinbox.api.security;
