-- Team workflow (#18 part A): conversation status and snooze, assignment to a user and a team,
-- teams with members and opt-in auto-assignment, agent availability, and the history of status
-- changes (what reports compute resolution time and reopenings from).
-- Online on a large database: every column added to an existing table is nullable or has a
-- constant default (catalog-only on PostgreSQL 11+); no check or foreign key that would scan
-- conversations or messages here — PostgreSQL adds them NOT VALID in V12_1, with the indexes.

-- open | pending | snoozed | resolved; snoozed_until is set exactly while status = 'snoozed'
ALTER TABLE conversations ADD COLUMN status VARCHAR(10) DEFAULT 'open' NOT NULL;
ALTER TABLE conversations ADD COLUMN snoozed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE conversations ADD COLUMN assignee_id UUID;
ALTER TABLE conversations ADD COLUMN team_id UUID;

-- online | busy | offline: auto-assignment picks only online agents
ALTER TABLE users ADD COLUMN availability VARCHAR(10) DEFAULT 'online' NOT NULL;

CREATE TABLE teams (
    id             UUID                     NOT NULL PRIMARY KEY,
    name           VARCHAR(100)             NOT NULL,
    name_key       VARCHAR(100)             NOT NULL, -- lower-cased name: unique case-insensitively
    -- opt-in: new inbound conversations of the team's channels go round-robin to its members
    auto_assign    BOOLEAN                  DEFAULT FALSE NOT NULL,
    -- most unresolved conversations one member may hold before auto-assignment skips them
    agent_capacity INTEGER                  DEFAULT 10 NOT NULL,
    -- round-robin clock: the member assigned last gets the highest value (team_members.assigned_seq)
    assign_seq     BIGINT                   DEFAULT 0 NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT uq_teams_name_key UNIQUE (name_key),
    CONSTRAINT ck_teams_capacity CHECK (agent_capacity BETWEEN 1 AND 10000)
);

CREATE TABLE team_members (
    team_id      UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id      UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assigned_seq BIGINT                   DEFAULT 0 NOT NULL, -- teams.assign_seq at the last auto-assignment
    joined_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_team_members PRIMARY KEY (team_id, user_id)
);
CREATE INDEX ix_team_members_user ON team_members (user_id, team_id);

-- Which team a new inbound conversation goes to: the team that claimed its channel (one per channel).
CREATE TABLE team_channels (
    channel VARCHAR(16) NOT NULL PRIMARY KEY,
    team_id UUID        NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT ck_team_channels_channel CHECK (channel IN ('SMS', 'WhatsApp', 'Email'))
);
CREATE INDEX ix_team_channels_team ON team_channels (team_id);

-- Every status change of a conversation, written in the transaction that makes it.
-- from_status is NULL for the first row of a conversation created after V12 (its opening);
-- conversations older than V12 have no opening row: they were open since created_at.
-- cause: 'user' (PATCH), 'inbound' (a contact's message reopened it), 'wake' (snooze ended),
-- 'created' (opened).
CREATE TABLE conversation_status_changes (
    id              UUID                     NOT NULL PRIMARY KEY,
    conversation_id UUID                     NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    from_status     VARCHAR(10),
    to_status       VARCHAR(10)              NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      UUID REFERENCES users (id) ON DELETE SET NULL,
    cause           VARCHAR(10)              NOT NULL,
    CONSTRAINT ck_status_changes_to CHECK (to_status IN ('open', 'pending', 'snoozed', 'resolved')),
    CONSTRAINT ck_status_changes_cause CHECK (cause IN ('user', 'inbound', 'wake', 'created'))
);
CREATE INDEX ix_status_changes_conversation ON conversation_status_changes (conversation_id, changed_at);
CREATE INDEX ix_status_changes_time ON conversation_status_changes (changed_at, to_status);

-- Timeline entries: 'activity' (status changes, assignments, snoozes, wake-ups; #18 part A) and
-- 'note' (private notes; #18 part B). PostgreSQL puts the check back NOT VALID in V12_1.
-- activity: what an activity entry records — status, assignment, snooze or wake (integrator event types)
ALTER TABLE messages ADD COLUMN activity VARCHAR(16);
ALTER TABLE messages DROP CONSTRAINT ck_messages_sender_type;
