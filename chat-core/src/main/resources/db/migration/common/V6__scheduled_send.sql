-- Scheduled send: how late a scheduled message left the schedule (e.g. the server was down when it
-- was due), shown as metadata.scheduledLatenessMs.
ALTER TABLE messages ADD COLUMN scheduled_lateness_ms BIGINT;
