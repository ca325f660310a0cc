-- The partner APIs' idempotency store (issue 8; docs/idempotency.md): one row per caller and
-- Idempotency-Key, holding the first request's fingerprint and the answer it got. The row commits in
-- the same transaction as the write it answers, so a key either has its write and its answer, or
-- neither. A concurrent request with the same key waits on this row's primary key until the first
-- commits, then reads its answer. Rows past expires_at are purged by a timer (retention: the system
-- property csar.idempotency.retention-hours, 24 by default).
CREATE TABLE idempotency_keys (
    caller            VARCHAR(300)  NOT NULL,  -- provider:<provider id> or user:<user name>
    idempotency_key   VARCHAR(255)  NOT NULL,
    request_method    VARCHAR(10)   NOT NULL,
    request_path      VARCHAR(2000) NOT NULL,
    body_sha256       CHAR(64)      NOT NULL,  -- hex SHA-256 of the request body as sent
    response_status   SMALLINT,                -- null only inside the first request's transaction
    response_type     VARCHAR(200),            -- Content-Type
    response_location VARCHAR(2000),           -- Location
    response_etag     VARCHAR(200),            -- ETag
    response_body     TEXT,
    created_at        TIMESTAMPTZ   NOT NULL,
    expires_at        TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

-- The purge deletes by expiry.
CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at);
