-- Carrier status reconciliation: messages whose status callbacks never came are asked about
-- through the carrier's API a few times; these columns say when and how often.
ALTER TABLE messages ADD COLUMN status_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages ADD COLUMN status_checks INTEGER DEFAULT 0 NOT NULL;

-- The change log (real-time and polling read it): the contact a change concerns, so visibility can
-- be decided even after its conversation is deleted; by time, for lastUpdate polling and pruning.
ALTER TABLE change_log ADD COLUMN contact_id UUID;
CREATE INDEX ix_change_log_occurred ON change_log (occurred_at);

-- One row whose lock orders appends: a transaction takes it right before commit, so sequence
-- numbers follow commit order and a reader that saw N has seen everything below N.
CREATE TABLE change_log_head (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO change_log_head (id) VALUES (1);
