-- The reconciliation job's candidates: accepted by Twilio, no later report, recent.
CREATE INDEX ix_messages_awaiting_status ON messages (sent_at)
    WHERE status = 'sent' AND twilio_message_id IS NOT NULL AND NOT sandbox;
