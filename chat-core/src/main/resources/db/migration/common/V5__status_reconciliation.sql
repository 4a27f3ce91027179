-- Carrier status reconciliation: messages whose status callbacks never came are asked about
-- through the carrier's API a few times; these columns say when and how often.
ALTER TABLE messages ADD COLUMN status_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages ADD COLUMN status_checks INTEGER DEFAULT 0 NOT NULL;
