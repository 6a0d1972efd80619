-- The optional support team of a server or group (issue 4), and who asked for it to be told.
-- support_teams: set by a server's admins; off (no row) by default. On Discord the role to mention and the
-- staff channel to post in; on Telegram both are empty and the group's administrators are the team.
-- Holds no person: it goes when the admins turn it off or Hearth leaves the server.
CREATE TABLE support_teams (
    platform    VARCHAR(32)  NOT NULL,
    space       VARCHAR(128) NOT NULL,
    role_id     VARCHAR(64)  NOT NULL DEFAULT '',
    channel_id  VARCHAR(64)  NOT NULL DEFAULT '',
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform, space)
);

-- support_requests: that a person was offered the team after crisis care in that server, and when the team
-- was last told (at most once a day). Never a word of what they said, never a crisis level. Holds user_id,
-- so /export and /forget cover it; rows older than a day are purged as new offers are made.
CREATE TABLE support_requests (
    user_id      BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space        VARCHAR(128) NOT NULL,
    offered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, space)
);
CREATE INDEX support_requests_by_space ON support_requests (space);
