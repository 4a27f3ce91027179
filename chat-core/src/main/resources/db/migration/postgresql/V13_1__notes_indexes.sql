-- Issue #18, part B (PostgreSQL only).

-- GET /mentions?unread=true: a user's unread mentions, newest first (a new, empty table).
CREATE INDEX ix_mentions_unread ON mentions (user_id, created_at DESC, id DESC) WHERE read_at IS NULL;

-- GET /canned-replies?search=: short-code prefixes (LIKE 'abc%') whatever the database collation.
CREATE INDEX ix_canned_replies_code_prefix ON canned_replies (short_code text_pattern_ops);
