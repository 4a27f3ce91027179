/** Team reports (issue #18): the summary of a time window, per channel. */
package dev.chatinbox.api.rest.report;
