-- Wellbeing tools (issue 16): several moods a day with notes, the safety plan, what Hearth is waiting
-- to hear next, and the opt-in weekly summary. Every table holds user_id, so /export and /forget cover it.

-- Moods: "one check-in a day" was never a constraint in the schema; the store replaced the day's answer
-- in code. Now every check-in is kept with its time. This index serves the note that follows a check-in
-- (the person's latest check-in mood) and the day's moods in /mood.
CREATE INDEX moods_by_user_source ON moods (user_id, source, recorded_at);

-- The person's own safety plan, one row per answered step (Stanley-Brown order, 1 to 7). Shown only to
-- them, only in private.
CREATE TABLE safety_plan_steps (
    user_id     BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    step        SMALLINT      NOT NULL CHECK (step BETWEEN 1 AND 7),
    answer      VARCHAR(2000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, step)
);

-- What Hearth asked and waits to hear as the person's next message: a note after a check-in
-- ('mood-note', subject = the mood's id) or a safety plan step ('safety-plan', subject = the step;
-- building the whole plan or editing one step). At most one per person; it lapses after a while.
CREATE TABLE awaited_answers (
    user_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('mood-note', 'safety-plan')),
    subject     BIGINT       NOT NULL,
    one_only    BOOLEAN      NOT NULL DEFAULT FALSE,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The weekly summary a person opted into: moods, goals done and the check-in streak, sent through the
-- outbox once a week at next_due_at.
CREATE TABLE summary_settings (
    user_id      BIGINT  NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    enabled      BOOLEAN NOT NULL DEFAULT TRUE,
    next_due_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX summary_settings_due ON summary_settings (enabled, next_due_at);
