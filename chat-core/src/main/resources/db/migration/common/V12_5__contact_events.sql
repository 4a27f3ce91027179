-- Integrator events about contacts (issue #19: contact.created / contact.updated / contact.deleted)
-- concern no conversation: their change-log entries have no conversation_id. Dropping NOT NULL is a
-- catalog change only (no rewrite, no scan) on PostgreSQL; contact_id stays required and keeps
-- deciding who may see an entry.
ALTER TABLE change_log ALTER COLUMN conversation_id DROP NOT NULL;
