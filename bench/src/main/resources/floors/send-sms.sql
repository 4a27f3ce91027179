-- B3 floor: the statements of one POST /conversations/{id}/messages/sms as the administrator, in
-- the order PostgreSQL logged them (log_statement = all): the conversation (visibility), the
-- contact with its do-not-disturb channels and phones, the message, the conversation row locked
-- and moved to its new last message (version checked), the outbox row, the change-log row; one
-- commit. i: an SMS conversation (Seeder: i % 4 == 0 as in B3); k: this client's count, so that
-- message ids (be0c0900…) never collide.
\set i 4 * random(0, ${smsConversations} - 1)
\set k :k + 1
\set m 1000000000000000 + 10000000000000 * :client_id + :k
BEGIN;
SELECT c.* FROM conversations c WHERE (c.id = ('be0c0300' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid);
SELECT ID, created_at, dnd_all, full_name, owner_id, primary_email, primary_phone, profile_url, search_text, TITLE, updated_at, USERNAME, VERSION FROM contacts WHERE (ID = ('be0c0200' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid);
SELECT t0.channel FROM contact_channel_dnd t0 WHERE (t0.contact_id = ('be0c0200' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid);
SELECT ID, created_at, PHONE, is_primary, contact_id FROM contact_phones WHERE (contact_id = ('be0c0200' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid) ORDER BY created_at ASC, ID ASC;
INSERT INTO messages (ID, bcc_addresses, BODY, CARRIER, carrier_message_id, carrier_status, cc_addresses, CHANNEL, conversation_id, created_at, error_code, error_message, from_address, from_name, occurred_at, SANDBOX, scheduled_at, scheduled_lateness_ms, sender_id, sender_type, sent_at, STATUS, SUBJECT, template_sid, template_variables, to_address, updated_at, VERSION) VALUES ('be0c090000000000:m'::uuid, NULL, 'Bench SMS :k: your order shipped.', NULL, NULL, NULL, NULL, 'SMS', ('be0c0300' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid, now(), NULL, NULL, NULL, NULL, now(), false, NULL, NULL, 'be0c0100-0000-0000-8000-000000000000'::uuid, 'user', NULL, 'queued', NULL, NULL, NULL, '+12122000000', now(), 1);
SELECT ID, CHANNEL, contact_id, created_at, last_message_at, last_message_id, sort_at, is_starred, unread_count, updated_at, VERSION FROM conversations WHERE (ID = ('be0c0300' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid) FOR UPDATE \gset l_
UPDATE conversations SET last_message_id = 'be0c090000000000:m'::uuid, last_message_at = now(), sort_at = now(), updated_at = now(), VERSION = :l_version + 1 WHERE ((ID = ':l_id'::uuid) AND (VERSION = :l_version));
INSERT INTO outbox (message_id, attempted_at, ATTEMPTS, created_at, last_error, locked_until, next_attempt_at, STATE) VALUES ('be0c090000000000:m'::uuid, NULL, 0, now(), NULL, NULL, now(), 'pending');
INSERT INTO change_log (event_type, conversation_id, contact_id, message_id, occurred_at) VALUES ('new_message', ':l_id'::uuid, ':l_contact_id'::uuid, CAST('be0c090000000000:m' AS UUID), now());
END;
