-- Conversation search (spec 4.1) also matches message text: full-text index on message bodies.
-- 'simple' configuration: no language stemming, so names, codes and any language match as typed.
CREATE INDEX ix_messages_body_fts ON messages USING gin (to_tsvector('simple', body));

-- LIKE '%term%' estimates come from the column statistics; a larger sample keeps the planner on
-- the trigram index for rare terms instead of walking the conversation index (ConversationListPlanTest).
ALTER TABLE contacts ALTER COLUMN search_text SET STATISTICS 1000;
