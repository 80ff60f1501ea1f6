-- The last drift check of each host: what it found and when.
CREATE TABLE host_drift (
    host_id       BIGINT        NOT NULL PRIMARY KEY REFERENCES host (id) ON DELETE CASCADE,
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    changes_json  VARCHAR(200000),
    error         VARCHAR(4000)
);
