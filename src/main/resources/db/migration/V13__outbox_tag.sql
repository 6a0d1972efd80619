-- A tag on a queued proactive message (e.g. 'breathe' for the paced breathing steps), so a person's
-- /stop can withdraw the steps not yet sent. Empty for everything else.
ALTER TABLE outbox ADD COLUMN tag VARCHAR(16) NOT NULL DEFAULT '';
CREATE INDEX outbox_by_user_tag ON outbox (user_id, tag);
