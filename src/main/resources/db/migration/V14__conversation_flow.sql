-- How the last turns went (short answers in a row, the previous message's topics and dialogue act,
-- plain phrasing after a complaint), so each reply fits the turn before. No words of the person's.
ALTER TABLE dialogue_state ADD COLUMN flow VARCHAR(600) NOT NULL DEFAULT '';
