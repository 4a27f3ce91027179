-- PostgreSQL-only indexes: partial indexes for the list filters and trigram search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- filter=unread / filter=starred walk these in keyset order instead of filtering the whole table
CREATE INDEX ix_conversations_unread_sort ON conversations (sort_at DESC, id DESC) WHERE unread_count > 0;
CREATE INDEX ix_conversations_starred_sort ON conversations (sort_at DESC, id DESC) WHERE is_starred;
CREATE INDEX ix_conversations_channel_unread_sort ON conversations (channel, sort_at DESC, id DESC) WHERE unread_count > 0;
CREATE INDEX ix_conversations_channel_starred_sort ON conversations (channel, sort_at DESC, id DESC) WHERE is_starred;

-- search by contact name, email or phone: LIKE '%term%' served by a trigram GIN index
CREATE INDEX ix_contacts_search_trgm ON contacts USING gin (search_text gin_trgm_ops);

-- outbox rows still to dispatch
CREATE INDEX ix_outbox_pending ON outbox (next_attempt_at) WHERE state <> 'done';
