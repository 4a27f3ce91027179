-- Outbound messaging: when the last carrier call started (to reconcile calls a crash cut short),
-- and stored content of email attachments (served back to authorised users).
ALTER TABLE outbox ADD COLUMN attempted_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE attachment_contents (
    attachment_id UUID  NOT NULL PRIMARY KEY REFERENCES message_attachments (id) ON DELETE CASCADE,
    content       BYTEA NOT NULL
);

-- What an outbound message needs at dispatch time besides its body and addresses.
ALTER TABLE messages ADD COLUMN cc_addresses VARCHAR(4000);
ALTER TABLE messages ADD COLUMN bcc_addresses VARCHAR(4000);
ALTER TABLE messages ADD COLUMN from_name VARCHAR(200);
ALTER TABLE messages ADD COLUMN template_sid VARCHAR(64);
ALTER TABLE messages ADD COLUMN template_variables VARCHAR(4000);
ALTER TABLE messages ADD COLUMN sandbox BOOLEAN DEFAULT FALSE NOT NULL;
