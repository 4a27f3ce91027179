/**
 * Pieces every resource shares: the response envelope, paging metadata, parameter parsing,
 * timestamps.
 */
package dev.chatinbox.api.rest.common;
