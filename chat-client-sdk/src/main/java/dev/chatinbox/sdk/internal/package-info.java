/** Not API: retries, paging and the mapping between generated models and the public records. */
package dev.chatinbox.sdk.internal;
