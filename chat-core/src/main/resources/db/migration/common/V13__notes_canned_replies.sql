-- Issue #18, part B: private notes with @mentions, canned replies.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) share; every statement is online on
-- a large database: new tables and a nullable column (catalog-only on PostgreSQL 11+).

-- A message's sender type may be 'note' (a team member's private note: never sent, never a reply):
-- V12 (team workflow) already widened ck_messages_sender_type for it.

-- A change-log entry meant for one user only (a mention): NULL = for everyone who may see the
-- conversation, as before.
ALTER TABLE change_log ADD COLUMN recipient_id UUID;

-- One row per user mentioned in a note: what GET /mentions lists and POST /mentions/{id}/read marks.
CREATE TABLE mentions (
    id              UUID                     NOT NULL PRIMARY KEY,
    message_id      UUID                     NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    conversation_id UUID                     NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id         UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentioned_by    UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_mentions_message_user UNIQUE (message_id, user_id)
);
-- GET /mentions: a user's mentions, newest first (the unread ones: ix_mentions_unread, V13_1).
CREATE INDEX ix_mentions_user ON mentions (user_id, created_at DESC, id DESC);
-- Foreign key to conversations (a conversation's deletion cascades).
CREATE INDEX ix_mentions_conversation ON mentions (conversation_id);

-- Canned replies: shared (owner_id NULL) or personal (owner_id = the user). scope_id is the owner,
-- or the nil UUID for shared ones, so that one UNIQUE constraint keeps a short code unique per
-- scope (NULLs would never collide). Short codes are stored lower-case.
CREATE TABLE canned_replies (
    id          UUID                     NOT NULL PRIMARY KEY,
    scope_id    UUID                     NOT NULL,
    owner_id    UUID REFERENCES users (id) ON DELETE CASCADE,
    short_code  VARCHAR(32)              NOT NULL,
    title       VARCHAR(200)             NOT NULL,
    body        VARCHAR                  NOT NULL,
    created_by  UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT uq_canned_replies_scope_code UNIQUE (scope_id, short_code)
);
-- Foreign key to users (a user's deletion cascades to their personal replies).
CREATE INDEX ix_canned_replies_owner ON canned_replies (owner_id);
