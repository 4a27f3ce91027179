-- Conversation search (spec 4.1) and the list's ?search= read one row per conversation (issue #16):
-- conversation_search holds the words of its contact (name, username, emails, phones, and every
-- digit suffix of a phone, so a fragment typed from its middle is a prefix) and the words of all
-- its messages, each in a GIN index. A search reads index entries and at most a few hundred of
-- these rows, never message rows (bench B6: the walk over the newest messages took 1-2 s).
--
-- Words are folded: chat_search is the 'simple' configuration (no stemming: names, codes and any
-- language match as typed) with accents removed by unaccent first, so "Jose" finds "José".
--
-- The rows are kept current in the transaction that writes a message, a conversation or a contact,
-- by the triggers below, whatever code path writes them (sends, inbound, imports).
--
-- Online: this migration only creates empty structures and triggers (milliseconds; the DROP COLUMN
-- of V6_2's stored words is a catalog change, not a table rewrite). On a database that already
-- holds conversations, the rows are filled afterwards by the server in small batches, in the
-- background, with its progress in the log (SqlConversationSearchIndex.backfill): first the
-- contact words of every conversation (the list's ?search= is complete then), then the words of
-- their messages. Until it finishes, a conversation not yet reached is found by its contact data
-- and by the messages written since the upgrade only.
--
-- unaccent is a trusted extension (PostgreSQL 13+): a user with CREATE on the database may create
-- it; otherwise have a superuser run CREATE EXTENSION unaccent before the upgrade.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION chat_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION chat_search
    ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart
    WITH unaccent, simple;

-- The words of a contact's search_text (lower-cased name, username, emails, phones and their
-- digits; Contact.refreshSearchText): the words as parsed, an email's local part and domain, every
-- part of emails and hosts, and every
-- suffix of 3+ digits of a number, so that "7700 900" (digits 7700900) is a prefix of one.
CREATE FUNCTION chat_contact_words(search_text TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT to_tsvector('chat_search', search_text || ' ' || translate(search_text, '@', ' ') || ' '
                                  || translate(search_text, '@._-+', '     '))
    || coalesce((SELECT array_to_tsvector(array_agg(DISTINCT substr(t, i)))
                 FROM regexp_split_to_table(search_text, '[^0-9]+') t,
                      generate_series(1, length(t) - 2) i
                 WHERE length(t) >= 3), ''::tsvector)
$$;

-- A search text as a query: every word (folded as stored) required, the last word also as a prefix
-- when prefix is true (the word being typed), or the digits of a phone fragment as a prefix.
CREATE FUNCTION chat_search_query(q TEXT, prefix BOOLEAN, digits TEXT) RETURNS TSQUERY
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
WITH lexemes AS (
    SELECT lexeme, positions[array_upper(positions, 1)] AS last_position
    FROM unnest(to_tsvector('chat_search', q))),
words AS (
    SELECT string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
                          || CASE WHEN prefix AND last_position = (SELECT max(last_position) FROM lexemes)
                                  THEN ':*' ELSE '' END, ' & ') AS w
    FROM lexemes)
SELECT CASE
           WHEN w IS NULL AND coalesce(digits, '') = '' THEN NULL
           WHEN w IS NULL THEN (digits || ':*')::tsquery
           WHEN coalesce(digits, '') = '' THEN w::tsquery
           ELSE w::tsquery || (digits || ':*')::tsquery END
FROM words
$$;

CREATE TABLE conversation_search (
    conversation_id UUID     NOT NULL PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    contact_words   TSVECTOR NOT NULL DEFAULT '',
    message_words   TSVECTOR NOT NULL DEFAULT '',
    -- conversations.sort_at, kept equal by a trigger: a name's matches are taken newest first
    -- straight from here, and only as many conversations are then read as the page needs
    sort_at         TIMESTAMP WITH TIME ZONE,
    -- false while the words of messages written before this migration are still to be added
    complete        BOOLEAN  NOT NULL DEFAULT TRUE
);
CREATE INDEX ix_conversation_search_contact ON conversation_search USING gin (contact_words);
CREATE INDEX ix_conversation_search_messages ON conversation_search USING gin (message_words);
CREATE INDEX ix_conversation_search_incomplete ON conversation_search (conversation_id) WHERE NOT complete;

-- Whether a search text is common in a column of conversation_search: in more than 10% of the rows
-- (and more than 2,000), where walking the most recent conversations until enough match reads fewer
-- rows than taking every match newest first from the index (measured: a name in 3% of 500,000
-- contacts took 370-450 ms walked, a word in 50-80% of conversations 5-8 ms). From the column's most
-- common words as ANALYZE counted them, the last word as a prefix: a few ms, remembered per text by
-- the server. The planner's own choice was measured wrong (it walked 48,000 conversations for a
-- name that 3% of contacts have).
CREATE FUNCTION chat_search_common(col TEXT, q TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
WITH stats AS (
    SELECT most_common_elems::TEXT::TEXT[] AS elems, most_common_elem_freqs AS freqs
    FROM pg_stats
    WHERE schemaname = current_schema() AND tablename = 'conversation_search' AND attname = col),
lexemes AS (
    SELECT lexeme, positions[array_upper(positions, 1)] AS last_position
    FROM unnest(to_tsvector('chat_search', q))),
words AS (
    SELECT lexeme, last_position = (SELECT max(last_position) FROM lexemes) AS typed FROM lexemes),
elements AS MATERIALIZED (
    SELECT u.e, u.f FROM stats, unnest(stats.elems, stats.freqs) AS u(e, f) WHERE u.e IS NOT NULL),
frequency AS (
    SELECT min(least(1.0, coalesce((SELECT sum(el.f) FROM elements el
                                    WHERE el.e = w.lexeme OR (w.typed AND starts_with(el.e, w.lexeme))),
                                   0))) AS f
    FROM words w),
size AS (SELECT greatest(reltuples, 0) AS n FROM pg_class WHERE oid = 'conversation_search'::regclass)
SELECT coalesce(f, 0) > 0.1 AND coalesce(f, 0) * n > 2000 FROM frequency, size
$$;

-- Backfill state of a database upgraded with conversations in it: one row until it is done.
CREATE TABLE conversation_search_backfill (
    id         INT                      NOT NULL PRIMARY KEY CHECK (id = 1),
    phase      VARCHAR(16)              NOT NULL, -- 'contacts', then 'messages'
    after_id   UUID,                               -- keyset position within the phase
    started_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO conversation_search_backfill (id, phase, started_at)
SELECT 1, 'contacts', now() WHERE EXISTS (SELECT 1 FROM conversations);

CREATE FUNCTION chat_search_conversation_written() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO conversation_search (conversation_id, contact_words, sort_at)
    SELECT NEW.id, chat_contact_words(ct.search_text), NEW.sort_at
    FROM contacts ct WHERE ct.id = NEW.contact_id
    ON CONFLICT (conversation_id)
        DO UPDATE SET contact_words = EXCLUDED.contact_words, sort_at = EXCLUDED.sort_at;
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_conversations_search_insert AFTER INSERT ON conversations
    FOR EACH ROW EXECUTE FUNCTION chat_search_conversation_written();
CREATE TRIGGER tr_conversations_search_contact AFTER UPDATE OF contact_id ON conversations
    FOR EACH ROW WHEN (OLD.contact_id IS DISTINCT FROM NEW.contact_id)
    EXECUTE FUNCTION chat_search_conversation_written();

CREATE FUNCTION chat_search_conversation_moved() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE conversation_search SET sort_at = NEW.sort_at WHERE conversation_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_conversations_search_sort AFTER UPDATE OF sort_at ON conversations
    FOR EACH ROW WHEN (OLD.sort_at IS DISTINCT FROM NEW.sort_at)
    EXECUTE FUNCTION chat_search_conversation_moved();

CREATE FUNCTION chat_search_contact_written() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE conversation_search s SET contact_words = chat_contact_words(NEW.search_text)
    FROM conversations c WHERE c.contact_id = NEW.id AND s.conversation_id = c.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_contacts_search AFTER UPDATE OF search_text ON contacts
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
    EXECUTE FUNCTION chat_search_contact_written();

-- A tsvector holds at most 1 MB (PostgreSQL raises program_limit_exceeded beyond it): the words of a
-- text that would not fit are left out, and a conversation whose words reached the limit keeps the
-- words it has -- new ones are not added -- rather than failing the message write that brought them
-- (a years-long email thread with many distinct tokens gets there).
CREATE FUNCTION chat_search_words(cfg REGCONFIG, body TEXT) RETURNS TSVECTOR
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS
$$
BEGIN
    RETURN to_tsvector(cfg, body);
EXCEPTION WHEN program_limit_exceeded THEN
    RETURN ''::tsvector;
END
$$;
CREATE FUNCTION chat_search_add(existing TSVECTOR, added TSVECTOR) RETURNS TSVECTOR
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
BEGIN
    RETURN existing || added;
EXCEPTION WHEN program_limit_exceeded THEN
    RETURN existing;
END
$$;

-- A message's words are added to its conversation's row (never removed: a body that changes, such
-- as a template's text filled in after the send, adds its new words).
CREATE FUNCTION chat_search_message_written() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
DECLARE
    words TSVECTOR := chat_search_words('chat_search', NEW.body);
BEGIN
    UPDATE conversation_search SET message_words = chat_search_add(message_words, words)
    WHERE conversation_id = NEW.conversation_id;
    IF NOT FOUND THEN -- a conversation of before the upgrade that the backfill has not reached
        INSERT INTO conversation_search (conversation_id, contact_words, message_words, complete, sort_at)
        SELECT c.id, chat_contact_words(ct.search_text), words, FALSE, c.sort_at
        FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = NEW.conversation_id
        ON CONFLICT (conversation_id)
            DO UPDATE SET message_words = chat_search_add(conversation_search.message_words,
                                                          EXCLUDED.message_words);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_messages_search_insert AFTER INSERT ON messages
    FOR EACH ROW EXECUTE FUNCTION chat_search_message_written();
CREATE TRIGGER tr_messages_search_body AFTER UPDATE OF body ON messages
    FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body)
    EXECUTE FUNCTION chat_search_message_written();

-- V6_2's per-message words and its two indexes served only the old search: dropping the stored
-- column is a catalog change (no rewrite), and every message write and status update stops
-- recomputing and indexing them.
DROP INDEX IF EXISTS ix_messages_occurred;
ALTER TABLE messages DROP COLUMN IF EXISTS body_search;
