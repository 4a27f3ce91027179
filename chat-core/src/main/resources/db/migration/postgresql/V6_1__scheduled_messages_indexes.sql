-- GET /scheduled-messages walks these in scheduled_at order; only scheduled sends are indexed
-- (partial), so the indexes stay small next to the whole message history.
CREATE INDEX ix_messages_scheduled ON messages (scheduled_at, id) WHERE scheduled_at IS NOT NULL;
CREATE INDEX ix_messages_scheduled_status ON messages (status, scheduled_at, id) WHERE scheduled_at IS NOT NULL;
CREATE INDEX ix_messages_scheduled_conversation ON messages (conversation_id, scheduled_at, id) WHERE scheduled_at IS NOT NULL;
