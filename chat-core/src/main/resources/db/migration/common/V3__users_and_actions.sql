-- User administration and manual actions (spec 7, 8).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) share.

-- Fingerprint of the token claims (name, email, roles) last copied into the user row: a token
-- overwrites the directory's copy only when its claims change, so an administrator's edits stand
-- in between.
ALTER TABLE users ADD COLUMN claims_fingerprint VARCHAR(64);

-- Concurrent changes of one action (status, assignee) fail instead of overwriting each other.
ALTER TABLE manual_actions ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- The manual action list without a status filter: newest first (with a status: ix_manual_actions_status).
CREATE INDEX ix_manual_actions_created ON manual_actions (created_at DESC, id DESC);
-- Foreign key to users (ON DELETE SET NULL) and "assigned to me" lookups.
CREATE INDEX ix_manual_actions_assigned ON manual_actions (assigned_to);
