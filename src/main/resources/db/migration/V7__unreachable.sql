-- When a platform last said it cannot deliver to the person (they blocked the bot, deleted their
-- account). Proactive messages skip them until they write again, which clears it.
ALTER TABLE users ADD COLUMN unreachable_since TIMESTAMP WITH TIME ZONE;
