-- The reconciliation job's candidates: accepted by Twilio, no later report, recent.
CREATE INDEX ix_messages_awaiting_status ON messages (sent_at)
    WHERE status = 'sent' AND twilio_message_id IS NOT NULL AND NOT sandbox;

-- The sequencer's work list: committed changes not numbered yet.
CREATE INDEX ix_change_log_unsequenced ON change_log (id) WHERE seq IS NULL;
