/**
 * Team reports (issue #18): what a team asks for first — conversations opened and resolved, first
 * response and resolution times — computed by SQL over what is stored.
 */
package dev.chatinbox.core.application.report;
