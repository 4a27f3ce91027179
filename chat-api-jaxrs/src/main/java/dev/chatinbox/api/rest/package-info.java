/**
 * The JAX-RS application under {@code /api/v1}, with its OpenAPI description and cross-cutting
 * filters.
 */
package dev.chatinbox.api.rest;
