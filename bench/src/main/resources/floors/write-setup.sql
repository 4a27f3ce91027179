-- Before the write floors: what they change is saved here and put back by write-cleanup.sql, so
-- that the server meets the seeded database.
CREATE TABLE bench_floor_mark AS SELECT COALESCE(MAX(id), 0) AS change_log_id FROM change_log;
CREATE TABLE bench_floor_conversations AS
  SELECT id, last_message_id, last_message_at, sort_at, updated_at, version
  FROM conversations WHERE channel = 'SMS';
-- B4's targets: every outbound text message with a carrier id that has no "delivered" report yet
-- (an earlier run's B4 may have recorded some: bench.skipSeed), numbered from 1 in a scattered
-- order (callbacks do not arrive in the order the rows were written)
CREATE TABLE bench_floor_status_targets AS
  SELECT row_number() OVER (ORDER BY md5(m.carrier_message_id)) AS n, m.id AS message_id,
         m.carrier_message_id AS sid, m.status, m.carrier_status, m.updated_at, m.version
  FROM messages m
  WHERE m.carrier = 'twilio' AND m.carrier_message_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM message_events e
                    WHERE e.source = 'twilio' AND e.event_id = m.carrier_message_id || ':delivered');
ALTER TABLE bench_floor_status_targets ADD PRIMARY KEY (n);
ANALYZE bench_floor_mark, bench_floor_conversations, bench_floor_status_targets;
