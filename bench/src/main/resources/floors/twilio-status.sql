-- B4 floor: the statements of one signed Twilio status callback (delivered) in the order
-- PostgreSQL logged them: the message by carrier id, locked by primary key, the duplicate check on
-- its events, the status update (version checked; the stored search words are recomputed with the
-- row), the event, the conversation, the change-log row; one commit.
-- t: the next message this client reports on, from a scattered list of the seeded outbound text
-- messages (write-setup.sql), so that no two transactions report the same message; reading it is
-- the one statement the server does not send.
\set k :k + 1
\set t 1 + (:client_id + ${clients} * :k) % ${statusTargets}
\set m 1000000000000000 + 10000000000000 * :client_id + :k
SELECT sid FROM bench_floor_status_targets WHERE n = :t \gset
BEGIN;
SELECT ID AS a1, bcc_addresses AS a2, BODY AS a3, cc_addresses AS a4, CHANNEL AS a5, conversation_id AS a6, created_at AS a7, email_message_id AS a8, email_status AS a9, error_code AS a10, error_message AS a11, from_address AS a12, from_name AS a13, occurred_at AS a14, SANDBOX AS a15, scheduled_at AS a16, scheduled_lateness_ms AS a17, sender_id AS a18, sender_type AS a19, sent_at AS a20, STATUS AS a21, SUBJECT AS a22, template_sid AS a23, template_variables AS a24, to_address AS a25, twilio_message_id AS a26, twilio_status AS a27, updated_at AS a28, VERSION AS a29 FROM messages WHERE ((twilio_message_id = ':sid') OR (email_message_id = ':sid')) LIMIT 1 OFFSET 0 \gset m_
SELECT ID, bcc_addresses, BODY, cc_addresses, CHANNEL, conversation_id, created_at, email_message_id, email_status, error_code, error_message, from_address, from_name, occurred_at, SANDBOX, scheduled_at, scheduled_lateness_ms, sender_id, sender_type, sent_at, STATUS, SUBJECT, template_sid, template_variables, to_address, twilio_message_id, twilio_status, updated_at, VERSION FROM messages WHERE (ID = ':m_a1'::uuid) FOR UPDATE \gset l_
SELECT ID AS a1 FROM message_events WHERE ((SOURCE = 'twilio') AND (event_id = ':sid:delivered')) LIMIT 1 OFFSET 0;
UPDATE messages SET STATUS = 'delivered', updated_at = now(), twilio_status = 'delivered', VERSION = :l_version + 1 WHERE ((ID = ':l_id'::uuid) AND (VERSION = :l_version));
INSERT INTO message_events (ID, error_code, event_id, message_id, raw_status, received_at, SOURCE) VALUES ('be0c0a0000000000:m'::uuid, NULL, ':sid:delivered', ':l_id'::uuid, 'delivered', now(), 'twilio');
SELECT c.* FROM conversations c WHERE (c.id = ':l_conversation_id'::uuid) \gset c_
INSERT INTO change_log (event_type, conversation_id, contact_id, message_id, occurred_at) VALUES ('message_status', ':l_conversation_id'::uuid, ':c_contact_id'::uuid, CAST(':l_id' AS UUID), now());
END;
