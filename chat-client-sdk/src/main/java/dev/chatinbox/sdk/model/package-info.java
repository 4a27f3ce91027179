/**
 * What the client returns and accepts: small immutable records, independent of the generated code
 * so that regenerating it never changes the public API.
 */
package dev.chatinbox.sdk.model;
