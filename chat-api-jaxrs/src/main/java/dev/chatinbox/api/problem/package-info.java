/**
 * The one exception-mapper family: every failure leaves as {@code application/problem+json} (RFC
 * 9457) with {@code success: false}, a stable {@code type} URI and, for bad input, the fields at
 * fault. Nothing internal (stack traces, SQL, secrets) is ever written.
 */
package dev.chatinbox.api.problem;
