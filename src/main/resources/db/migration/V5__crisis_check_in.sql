-- When Hearth last checked in on the person after a crisis turn (once per crisis, later that day).
ALTER TABLE dialogue_state ADD COLUMN crisis_check_in_at TIMESTAMP WITH TIME ZONE;
