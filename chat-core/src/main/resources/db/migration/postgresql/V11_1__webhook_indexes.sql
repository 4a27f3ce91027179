-- Only endpoints with work are looked at by the delivery rounds of every node.
CREATE INDEX ix_webhook_endpoints_due_enabled ON webhook_endpoints (next_attempt_at)
    WHERE enabled AND next_attempt_at IS NOT NULL;
