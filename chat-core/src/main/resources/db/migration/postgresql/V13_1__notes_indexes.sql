-- Issue #18, part B (PostgreSQL only).

-- The sender types, with note and activity: NOT VALID checks new rows at once and takes no scan of
-- the (large) messages table under a lock; the rows already there were checked by the old CHECK.
ALTER TABLE messages ADD CONSTRAINT ck_messages_sender_type
    CHECK (sender_type IN ('user', 'contact', 'system', 'note', 'activity')) NOT VALID;

-- GET /mentions?unread=true: a user's unread mentions, newest first (a new, empty table).
CREATE INDEX ix_mentions_unread ON mentions (user_id, created_at DESC, id DESC) WHERE read_at IS NULL;

-- GET /canned-replies?search=: short-code prefixes (LIKE 'abc%') whatever the database collation.
CREATE INDEX ix_canned_replies_code_prefix ON canned_replies (short_code text_pattern_ops);
