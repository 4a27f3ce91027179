-- Issue 21. Email threading: the References chain of an email (message ids, oldest first, in angle
-- brackets, space-separated) — what an inbound email named, and what our reply to it names (the
-- inbound's chain plus its own Message-ID), so that the customer's mail client threads our replies.
-- Carrier events: the carrier's own time of the event (SendGrid's timestamp, Twilio's delivery
-- receipt date) and the status it mapped to (empty when it moved nothing).
--
-- Cost on a large table: three nullable columns without default, catalogue changes only (no
-- rewrite on PostgreSQL); existing rows keep NULL (their chain and event times are unknown).
ALTER TABLE messages ADD COLUMN email_references VARCHAR(4000);
ALTER TABLE message_events ADD COLUMN occurred_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE message_events ADD COLUMN mapped_status VARCHAR(16);
