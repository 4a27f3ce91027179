-- Issue #17 (hardening), part B.
--
-- 1. One address belongs to one contact (finding 2): a phone (E.164, or a sender id as the
-- carrier gave it) or an email (lower-cased) may appear on one contact only, enforced by unique
-- indexes instead of a check some paths forgot.
--
-- Existing duplicates are not lost silently: each address is kept by the oldest contact that has it
-- (the one inbound messages already went to: created_at, then id), and every other copy is moved
-- to contact_address_duplicates — the report an administrator reads to merge or correct those
-- contacts (README, "Address ownership"). A contact whose primary address moved gets its oldest
-- remaining address of that kind as primary (or none).
--
-- Cost on a large table: one scan of each address table to find duplicated values (GROUP BY on the
-- address index), then work proportional to the duplicates only; building each unique index is
-- one more scan and sort. The tables are locked meanwhile (seconds for millions of addresses).
CREATE TABLE contact_address_duplicates (
    id                 UUID                     NOT NULL PRIMARY KEY, -- the removed row's id
    kind               VARCHAR(8)               NOT NULL,             -- 'phone' or 'email'
    address            VARCHAR(320)             NOT NULL,
    contact_id         UUID                     NOT NULL,             -- the contact it was taken from
    kept_by_contact_id UUID                     NOT NULL,             -- the contact that keeps it
    was_primary        BOOLEAN                  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,             -- when it had been added
    removed_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO contact_address_duplicates (id, kind, address, contact_id, kept_by_contact_id, was_primary, created_at)
SELECT d.id, 'phone', d.phone, d.contact_id, d.keeper, d.is_primary, d.created_at
FROM (SELECT p.id, p.phone, p.contact_id, p.is_primary, p.created_at,
             ROW_NUMBER() OVER (PARTITION BY p.phone ORDER BY c.created_at, c.id) AS rn,
             FIRST_VALUE(p.contact_id) OVER (PARTITION BY p.phone ORDER BY c.created_at, c.id) AS keeper
      FROM contact_phones p
               JOIN contacts c ON c.id = p.contact_id
      WHERE p.phone IN (SELECT phone FROM contact_phones GROUP BY phone HAVING COUNT(*) > 1)) d
WHERE d.rn > 1;

INSERT INTO contact_address_duplicates (id, kind, address, contact_id, kept_by_contact_id, was_primary, created_at)
SELECT d.id, 'email', d.email, d.contact_id, d.keeper, d.is_primary, d.created_at
FROM (SELECT e.id, e.email, e.contact_id, e.is_primary, e.created_at,
             ROW_NUMBER() OVER (PARTITION BY e.email ORDER BY c.created_at, c.id) AS rn,
             FIRST_VALUE(e.contact_id) OVER (PARTITION BY e.email ORDER BY c.created_at, c.id) AS keeper
      FROM contact_emails e
               JOIN contacts c ON c.id = e.contact_id
      WHERE e.email IN (SELECT email FROM contact_emails GROUP BY email HAVING COUNT(*) > 1)) d
WHERE d.rn > 1;

DELETE FROM contact_phones WHERE id IN (SELECT id FROM contact_address_duplicates WHERE kind = 'phone');
DELETE FROM contact_emails WHERE id IN (SELECT id FROM contact_address_duplicates WHERE kind = 'email');

-- contacts that lost their primary address: the oldest remaining one becomes primary
UPDATE contacts
SET primary_phone = (SELECT p.phone FROM contact_phones p WHERE p.contact_id = contacts.id
                     ORDER BY p.created_at, p.id FETCH FIRST 1 ROW ONLY)
WHERE id IN (SELECT contact_id FROM contact_address_duplicates WHERE kind = 'phone' AND was_primary);
UPDATE contact_phones
SET is_primary = TRUE
WHERE contact_id IN (SELECT contact_id FROM contact_address_duplicates WHERE kind = 'phone' AND was_primary)
  AND phone = (SELECT c.primary_phone FROM contacts c WHERE c.id = contact_phones.contact_id);

UPDATE contacts
SET primary_email = (SELECT e.email FROM contact_emails e WHERE e.contact_id = contacts.id
                     ORDER BY e.created_at, e.id FETCH FIRST 1 ROW ONLY)
WHERE id IN (SELECT contact_id FROM contact_address_duplicates WHERE kind = 'email' AND was_primary);
UPDATE contact_emails
SET is_primary = TRUE
WHERE contact_id IN (SELECT contact_id FROM contact_address_duplicates WHERE kind = 'email' AND was_primary)
  AND email = (SELECT c.primary_email FROM contacts c WHERE c.id = contact_emails.contact_id);

DROP INDEX ix_contact_phones_phone;
CREATE UNIQUE INDEX uq_contact_phones_phone ON contact_phones (phone);
DROP INDEX ix_contact_emails_email;
CREATE UNIQUE INDEX uq_contact_emails_email ON contact_emails (email);

-- 2. A carrier's message is never refused for its length (finding 3): a received body longer than
-- 1,000,000 characters is stored cut to that length, with the length the carrier sent here
-- (metadata.originalLength). A nullable column without default: a catalogue change, no rewrite.
ALTER TABLE messages ADD COLUMN original_length INTEGER;

-- 3. Status reports that beat our record of the send (finding 10): a report (Twilio status
-- callback, SendGrid event) for a carrier id no message has yet is kept here — bounded
-- (CHAT_EARLY_REPORTS_MAX), each until expires_at (CHAT_EARLY_REPORTS_TTL) — and applied in arrival
-- order (id) when the send records that id.
CREATE TABLE early_status_reports (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    carrier            VARCHAR(32)              NOT NULL,
    carrier_message_id VARCHAR(255)             NOT NULL,
    raw_status         VARCHAR(64)              NOT NULL,
    status             VARCHAR(16),
    error_code         VARCHAR(64),
    error_message      VARCHAR(1000),
    event_id           VARCHAR(255),
    consent_withdrawn  BOOLEAN                  NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_early_status_reports_id ON early_status_reports (carrier_message_id, carrier);
CREATE INDEX ix_early_status_reports_expiry ON early_status_reports (expires_at);

-- 4. Send limits every node shares (finding 9): one counter per scope and period — a user's minute
-- (CHAT_API_SEND_PER_MINUTE), a user's UTC day (CHAT_API_SEND_PER_DAY_PER_USER), the installation's
-- UTC day (CHAT_API_SEND_PER_DAY). Counters of past periods are pruned after two days.
CREATE TABLE send_counters (
    scope        VARCHAR(64)              NOT NULL,
    period_start TIMESTAMP WITH TIME ZONE NOT NULL,
    sends        INTEGER                  NOT NULL,
    CONSTRAINT pk_send_counters PRIMARY KEY (scope, period_start)
);
CREATE INDEX ix_send_counters_period ON send_counters (period_start);
