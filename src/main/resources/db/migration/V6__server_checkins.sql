-- Server and group check-ins: a member's choice not to get private follow-ups after a server check-in
-- answer. Holds user_id, so /export and /forget find it. The schedules, occurrences and answers tables
-- already exist (V2); their rows go when a schedule is cancelled or Hearth leaves the server (cascade).
CREATE TABLE checkin_members (
    user_id        BIGINT  NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    followups_off  BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX checkin_occurrences_by_schedule ON checkin_occurrences (schedule_id);
CREATE INDEX checkin_answers_by_occurrence ON checkin_answers (occurrence_id);
