-- Carrier-neutral storage (issue #14): one carrier, carrier_message_id and carrier_status per
-- message instead of twilio_* and email_* columns, so that a new carrier adds no column.
--
-- Cost on a large table: the renames, the widening of a VARCHAR and the new nullable column are
-- catalogue changes (no rewrite on PostgreSQL); the two UPDATEs touch only email messages and
-- messages with a carrier id (row locks, readers are not blocked). The API keeps its output
-- fields: metadata.twilioMessageId/twilioStatus for SMS and WhatsApp, emailMessageId/emailStatus
-- for email.
ALTER TABLE messages RENAME COLUMN twilio_message_id TO carrier_message_id;
ALTER TABLE messages RENAME COLUMN twilio_status TO carrier_status;
ALTER TABLE messages ALTER COLUMN carrier_message_id SET DATA TYPE VARCHAR(255);
ALTER TABLE messages ADD COLUMN carrier VARCHAR(32);

UPDATE messages SET carrier_message_id = email_message_id, carrier_status = email_status
    WHERE channel = 'Email' AND (email_message_id IS NOT NULL OR email_status IS NOT NULL);
UPDATE messages
    SET carrier = CASE WHEN sandbox THEN 'sandbox' WHEN channel = 'Email' THEN 'sendgrid' ELSE 'twilio' END
    WHERE carrier_message_id IS NOT NULL;

DROP INDEX ix_messages_email_id;
ALTER TABLE messages DROP COLUMN email_message_id;
ALTER TABLE messages DROP COLUMN email_status;

-- A carrier's id names one message (a webhook delivered twice, or two racing, cannot store two).
DROP INDEX uq_messages_twilio_sid;
CREATE UNIQUE INDEX uq_messages_carrier_id ON messages (carrier_message_id, carrier);
