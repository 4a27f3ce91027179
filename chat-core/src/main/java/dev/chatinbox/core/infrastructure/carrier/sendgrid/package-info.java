/**
 * Email through SendGrid's v3 mail send API with the official SDK ({@code com.sendgrid}): the
 * adapter ({@link dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridEmailCarrier}) and the
 * mapping of SendGrid's answers to receipts and failures.
 */
package dev.chatinbox.core.infrastructure.carrier.sendgrid;
