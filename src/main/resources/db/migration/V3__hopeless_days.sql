-- Days (ISO dates, newest first) on which the person said they felt hopeless, for the safety layer's
-- trend rule: hopelessness on several days raises concern even when no single message does.
ALTER TABLE dialogue_state ADD COLUMN hopeless_days VARCHAR(400) NOT NULL DEFAULT '';
