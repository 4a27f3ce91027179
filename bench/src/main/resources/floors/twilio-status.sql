-- B4 floor: the statements of one signed Twilio status callback (delivered) in the order
-- PostgreSQL logged them: the message by carrier and carrier id, locked (one statement), the
-- duplicate check on its events, the status update (version checked), the event, the
-- conversation, the change-log row; one commit.
-- t: the next message this client reports on, from a scattered list of the seeded outbound text
-- messages (write-setup.sql), so that no two transactions report the same message; reading it is
-- the one statement the server does not send. When a short run (the smoke test) wraps around the
-- list, a message is reported again: the event id carries the transaction number so that its
-- insert stays an insert of a new row (the server would have skipped it as a duplicate).
\set k :k + 1
\set t 1 + (:client_id + ${clients} * :k) % ${statusTargets}
\set m 1000000000000000 + 10000000000000 * :client_id + :k
SELECT sid FROM bench_floor_status_targets WHERE n = :t \gset
BEGIN;
SELECT ID, bcc_addresses, BODY, cc_addresses, CHANNEL, conversation_id, created_at, CARRIER, carrier_message_id, carrier_status, error_code, error_message, from_address, from_name, occurred_at, SANDBOX, scheduled_at, scheduled_lateness_ms, sender_id, sender_type, sent_at, STATUS, SUBJECT, template_sid, template_variables, to_address, updated_at, VERSION FROM messages WHERE ((carrier_message_id = ':sid') AND (CARRIER = 'twilio')) FOR UPDATE \gset l_
SELECT ID AS a1 FROM message_events WHERE ((SOURCE = 'twilio') AND (event_id = ':sid:delivered')) LIMIT 1 OFFSET 0;
UPDATE messages SET STATUS = 'delivered', updated_at = now(), carrier_status = 'delivered', VERSION = :l_version + 1 WHERE ((ID = ':l_id'::uuid) AND (VERSION = :l_version));
INSERT INTO message_events (ID, error_code, event_id, message_id, raw_status, received_at, SOURCE) VALUES ('be0c0a0000000000:m'::uuid, NULL, ':sid:delivered-:m', ':l_id'::uuid, 'delivered', now(), 'twilio');
SELECT c.* FROM conversations c WHERE (c.id = ':l_conversation_id'::uuid) \gset c_
INSERT INTO change_log (event_type, conversation_id, contact_id, message_id, occurred_at) VALUES ('message_status', ':l_conversation_id'::uuid, ':c_contact_id'::uuid, CAST(':l_id' AS UUID), now());
END;
