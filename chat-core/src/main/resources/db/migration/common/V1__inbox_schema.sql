-- Chat Inbox schema, version 1.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL, the embedded default) share.
-- PostgreSQL-only indexes (partial, trigram) live in db/migration/postgresql.
-- Owner, followers, tags, emails and phones belong to the contact (decisions.md), so the spec's
-- ConversationFollowers / ConversationTags tables become contact_followers / contact_tags.

CREATE TABLE users (
    id          UUID                     NOT NULL PRIMARY KEY,
    subject     VARCHAR(255)             NOT NULL,
    username    VARCHAR(150)             NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    email       VARCHAR(320),
    avatar_url  VARCHAR(2048),
    active      BOOLEAN                  DEFAULT TRUE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_users_subject UNIQUE (subject),
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE TABLE user_roles (
    user_id UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_user_roles PRIMARY KEY (user_id, role),
    CONSTRAINT ck_user_roles_role CHECK (role IN ('ADMIN', 'USER', 'CUST'))
);
CREATE INDEX ix_user_roles_role ON user_roles (role, user_id);

CREATE TABLE contacts (
    id            UUID                     NOT NULL PRIMARY KEY,
    full_name     VARCHAR(200)             NOT NULL,
    username      VARCHAR(150),
    profile_url   VARCHAR(2048),
    title         VARCHAR(200),
    primary_email VARCHAR(320),
    primary_phone VARCHAR(32),
    owner_id      UUID REFERENCES users (id) ON DELETE SET NULL,
    dnd_all       BOOLEAN                  DEFAULT FALSE NOT NULL,
    -- lower-cased name, emails and phones (E.164 and digits only): what list search matches
    search_text   VARCHAR(8000)            DEFAULT '' NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   DEFAULT 0 NOT NULL
);
CREATE INDEX ix_contacts_owner ON contacts (owner_id);

CREATE TABLE contact_emails (
    id         UUID                     NOT NULL PRIMARY KEY,
    contact_id UUID                     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    email      VARCHAR(320)             NOT NULL, -- stored lower-cased
    is_primary BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_contact_emails UNIQUE (contact_id, email)
);
CREATE INDEX ix_contact_emails_email ON contact_emails (email);

CREATE TABLE contact_phones (
    id         UUID                     NOT NULL PRIMARY KEY,
    contact_id UUID                     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    phone      VARCHAR(32)              NOT NULL, -- E.164
    is_primary BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_contact_phones UNIQUE (contact_id, phone)
);
CREATE INDEX ix_contact_phones_phone ON contact_phones (phone);

CREATE TABLE contact_followers (
    contact_id UUID                     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    user_id    UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_contact_followers PRIMARY KEY (contact_id, user_id)
);
CREATE INDEX ix_contact_followers_user ON contact_followers (user_id, contact_id);

CREATE TABLE contact_tags (
    id         UUID                     NOT NULL PRIMARY KEY,
    contact_id UUID                     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag_key    VARCHAR(50)              NOT NULL, -- lower-cased tag: case-insensitive uniqueness
    tag        VARCHAR(50)              NOT NULL, -- as first written
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_contact_tags UNIQUE (contact_id, tag_key)
);
CREATE INDEX ix_contact_tags_key ON contact_tags (tag_key);

-- Do-not-disturb per channel ('dnd' of a conversation is the row for its channel).
CREATE TABLE contact_channel_dnd (
    contact_id UUID                     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    channel    VARCHAR(16)              NOT NULL,
    reason     VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_contact_channel_dnd PRIMARY KEY (contact_id, channel),
    CONSTRAINT ck_contact_channel_dnd_channel CHECK (channel IN ('SMS', 'WhatsApp', 'Email'))
);

CREATE TABLE automations (
    id         UUID                     NOT NULL PRIMARY KEY,
    name       VARCHAR(200)             NOT NULL,
    status     VARCHAR(16)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_automations_status CHECK (status IN ('active', 'paused'))
);

CREATE TABLE contact_automations (
    contact_id    UUID NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    automation_id UUID NOT NULL REFERENCES automations (id) ON DELETE CASCADE,
    CONSTRAINT pk_contact_automations PRIMARY KEY (contact_id, automation_id)
);

CREATE TABLE conversations (
    id              UUID                     NOT NULL PRIMARY KEY,
    contact_id      UUID                     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    channel         VARCHAR(16)              NOT NULL,
    unread_count    INTEGER                  DEFAULT 0 NOT NULL,
    is_starred      BOOLEAN                  DEFAULT FALSE NOT NULL,
    last_message_id UUID,
    last_message_at TIMESTAMP WITH TIME ZONE,
    -- keyset sort key: last message time, or creation time while there is no message
    sort_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT uq_conversations_contact_channel UNIQUE (contact_id, channel),
    CONSTRAINT ck_conversations_channel CHECK (channel IN ('SMS', 'WhatsApp', 'Email')),
    CONSTRAINT ck_conversations_unread CHECK (unread_count >= 0)
);
CREATE INDEX ix_conversations_sort ON conversations (sort_at DESC, id DESC);
CREATE INDEX ix_conversations_channel_sort ON conversations (channel, sort_at DESC, id DESC);

CREATE TABLE messages (
    id                UUID                     NOT NULL PRIMARY KEY,
    conversation_id   UUID                     NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id         UUID REFERENCES users (id) ON DELETE SET NULL,
    sender_type       VARCHAR(10)              NOT NULL,
    body              VARCHAR                  NOT NULL,
    subject           VARCHAR(998),
    channel           VARCHAR(16)              NOT NULL,
    status            VARCHAR(16),
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL, -- the message's "timestamp"
    from_address      VARCHAR(320),
    to_address        VARCHAR(320),
    twilio_message_id VARCHAR(64),
    twilio_status     VARCHAR(32),
    email_message_id  VARCHAR(255),
    email_status      VARCHAR(32),
    error_code        VARCHAR(32),
    error_message     VARCHAR(1000),
    metadata_json     VARCHAR,                           -- other carrier metadata, a JSON object
    scheduled_at      TIMESTAMP WITH TIME ZONE,
    sent_at           TIMESTAMP WITH TIME ZONE,
    delivered_at      TIMESTAMP WITH TIME ZONE,
    read_at           TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT ck_messages_sender_type CHECK (sender_type IN ('user', 'contact', 'system')),
    CONSTRAINT ck_messages_channel CHECK (channel IN ('SMS', 'WhatsApp', 'Email')),
    CONSTRAINT ck_messages_status CHECK (status IN ('queued', 'scheduled', 'sent', 'delivered', 'read', 'failed', 'cancelled'))
);
CREATE INDEX ix_messages_history ON messages (conversation_id, occurred_at DESC, id DESC);
CREATE UNIQUE INDEX uq_messages_twilio_sid ON messages (twilio_message_id);
CREATE INDEX ix_messages_email_id ON messages (email_message_id);

ALTER TABLE conversations
    ADD CONSTRAINT fk_conversations_last_message FOREIGN KEY (last_message_id) REFERENCES messages (id) ON DELETE SET NULL;

CREATE TABLE message_attachments (
    id           UUID                     NOT NULL PRIMARY KEY,
    message_id   UUID                     NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    filename     VARCHAR(255)             NOT NULL,
    content_type VARCHAR(255)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    url          VARCHAR(2048),           -- remote media (inbound MMS) or null when stored here
    storage_key  VARCHAR(512),            -- where stored content lives
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_message_attachments_message ON message_attachments (message_id);

-- Every carrier event about a message (status callbacks, email events), for support.
CREATE TABLE message_events (
    id          UUID                     NOT NULL PRIMARY KEY,
    message_id  UUID                     NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    source      VARCHAR(32)              NOT NULL,
    event_id    VARCHAR(255),            -- the carrier's own id of the event, for deduplication
    raw_status  VARCHAR(64)              NOT NULL,
    error_code  VARCHAR(32),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_message_events_event UNIQUE (source, event_id)
);
CREATE INDEX ix_message_events_message ON message_events (message_id, received_at);

-- Outbox: a message waiting for (or being handed to) its carrier.
CREATE TABLE outbox (
    message_id      UUID                     NOT NULL PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    state           VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_outbox_state CHECK (state IN ('pending', 'in_flight', 'done'))
);
CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at);

CREATE TABLE manual_actions (
    id              UUID                     NOT NULL PRIMARY KEY,
    conversation_id UUID                     NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    action          VARCHAR(1000)            NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    assigned_to     UUID REFERENCES users (id) ON DELETE SET NULL,
    created_by      UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_manual_actions_status CHECK (status IN ('pending', 'completed', 'failed'))
);
CREATE INDEX ix_manual_actions_status ON manual_actions (status, created_at DESC, id DESC);
CREATE INDEX ix_manual_actions_conversation ON manual_actions (conversation_id);

-- Change log that real-time delivery and polling read (one row per visible change).
CREATE TABLE change_log (
    seq             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_type      VARCHAR(32)              NOT NULL,
    conversation_id UUID                     NOT NULL,
    message_id      UUID,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_change_log_conversation ON change_log (conversation_id, seq);

-- Webhook deliveries already processed (carriers retry), keyed by the carrier's event id.
CREATE TABLE processed_webhooks (
    source      VARCHAR(32)              NOT NULL,
    event_id    VARCHAR(255)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_processed_webhooks PRIMARY KEY (source, event_id)
);
