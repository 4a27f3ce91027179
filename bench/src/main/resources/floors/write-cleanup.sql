-- After the write floors (and before them, if a run stopped in between): the rows they changed
-- are put back, the rows they inserted deleted. No foreign-key triggers: every row involved is
-- named here.
SET session_replication_role = replica;
UPDATE conversations c SET last_message_id = s.last_message_id, last_message_at = s.last_message_at,
    sort_at = s.sort_at, updated_at = s.updated_at, version = s.version
  FROM bench_floor_conversations s WHERE s.id = c.id AND c.version <> s.version;
UPDATE messages m SET status = t.status, carrier_status = t.carrier_status,
    updated_at = t.updated_at, version = t.version
  FROM bench_floor_status_targets t
  WHERE t.message_id = m.id AND m.version <> t.version
    AND m.id IN (SELECT message_id FROM message_events
                 WHERE id >= 'be0c0a00-0000-0000-0000-000000000000' AND id < 'be0c0b00-0000-0000-0000-000000000000');
DELETE FROM message_events
  WHERE id >= 'be0c0a00-0000-0000-0000-000000000000' AND id < 'be0c0b00-0000-0000-0000-000000000000';
DELETE FROM outbox
  WHERE message_id >= 'be0c0900-0000-0000-0000-000000000000' AND message_id < 'be0c0a00-0000-0000-0000-000000000000';
DELETE FROM messages
  WHERE id >= 'be0c0900-0000-0000-0000-000000000000' AND id < 'be0c0a00-0000-0000-0000-000000000000';
DELETE FROM change_log WHERE id > (SELECT change_log_id FROM bench_floor_mark);
RESET session_replication_role;
DROP TABLE bench_floor_mark, bench_floor_conversations, bench_floor_status_targets;
VACUUM (ANALYZE) messages, conversations, outbox, message_events, change_log;
