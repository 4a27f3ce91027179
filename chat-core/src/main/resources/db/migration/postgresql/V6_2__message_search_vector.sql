-- Conversation search (spec 4.1) over message text, with a cost bounded whatever the word
-- (bench finding B6). Before, a common word ("refund": ~240k of 2.2M messages) made the search rank
-- every matching message, recomputing to_tsvector(body) for each (~15 s). Now the search ranks only
-- the newest 500 matching messages (PostgresConversationSearch), and
--   * the words of each body are stored once, when the message is written (generated column), so a
--     match or a rank never parses a body again;
--   * the newest matches of a common word are found by walking messages newest first
--     (ix_messages_occurred) and stopping at the 500th; a rare word is looked up in the GIN index
--     (ix_messages_body_search). The search tells them apart by counting the matches among the
--     newest 1,000 messages.
--
-- Cost of this migration: adding a STORED generated column rewrites the messages table once (every
-- body is parsed, every index rebuilt) under an ACCESS EXCLUSIVE lock: messages can be neither read
-- nor written meanwhile (about a minute per 2M messages; plan it in a quiet hour). The rewritten
-- table has no visibility map yet: run VACUUM (ANALYZE) messages after the upgrade (VACUUM cannot run
-- inside the migration's transaction). The stored words make the table about 60% larger.
--
-- The column is not mapped by the Message entity: PostgreSQL computes it on INSERT and UPDATE, and
-- EclipseLink never names it. body is NOT NULL (V1), so no coalesce is needed.

-- The expression index of V2 is replaced by the index on the stored column; dropped first so that
-- the table rewrite below does not rebuild it.
DROP INDEX IF EXISTS ix_messages_body_fts;

ALTER TABLE messages
    ADD COLUMN body_search tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED;

-- Rare words: their matching messages straight from the words.
CREATE INDEX ix_messages_body_search ON messages USING gin (body_search);

-- Common words: the newest messages first, checked one by one until 500 match.
CREATE INDEX ix_messages_occurred ON messages (occurred_at DESC, id DESC);

-- Statistics of the new column now rather than at the next autovacuum.
ANALYZE messages (body_search);
