-- Team workflow (#18 part A) on PostgreSQL: checks and foreign keys NOT VALID (no scan under an
-- exclusive lock; VALIDATE takes a lock that lets reads and writes go on), and list indexes that
-- are partial, so that they are empty when this runs on an existing database (every conversation
-- is then open and unassigned) and grow with the workflow's use.
ALTER TABLE messages ADD CONSTRAINT ck_messages_sender_type
    CHECK (sender_type IN ('user', 'contact', 'system', 'activity', 'note')) NOT VALID;
ALTER TABLE messages VALIDATE CONSTRAINT ck_messages_sender_type;

ALTER TABLE conversations ADD CONSTRAINT ck_conversations_status
    CHECK (status IN ('open', 'pending', 'snoozed', 'resolved')) NOT VALID;
ALTER TABLE conversations VALIDATE CONSTRAINT ck_conversations_status;
ALTER TABLE conversations ADD CONSTRAINT fk_conversations_assignee
    FOREIGN KEY (assignee_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;
ALTER TABLE conversations ADD CONSTRAINT fk_conversations_team
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL NOT VALID;
ALTER TABLE users ADD CONSTRAINT ck_users_availability
    CHECK (availability IN ('online', 'busy', 'offline')) NOT VALID;

-- assignee=<id>|me in list order; also the count of a member's unresolved conversations
CREATE INDEX ix_conversations_assignee_sort ON conversations (assignee_id, sort_at DESC, id DESC)
    WHERE assignee_id IS NOT NULL;
CREATE INDEX ix_conversations_team_sort ON conversations (team_id, sort_at DESC, id DESC)
    WHERE team_id IS NOT NULL;
-- status=pending|snoozed|resolved in list order (status=open walks ix_conversations_sort)
CREATE INDEX ix_conversations_status_sort ON conversations (status, sort_at DESC, id DESC)
    WHERE status <> 'open';
-- snoozes due: what every node's wake-up round claims
CREATE INDEX ix_conversations_snoozed_until ON conversations (snoozed_until)
    WHERE status = 'snoozed';
