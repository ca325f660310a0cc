-- The audit trail: append-only and tamper-evident. Each entry carries the SHA-256 of its
-- predecessor; the single-row head records the last entry so that truncation is detected too.
CREATE TABLE audit_entries (
    seq            BIGINT       PRIMARY KEY,
    id             UUID         NOT NULL UNIQUE,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    roles          VARCHAR(500) NOT NULL,
    member_states  VARCHAR(100) NOT NULL,
    provider_id    UUID,
    action         VARCHAR(100) NOT NULL,
    object_type    VARCHAR(100) NOT NULL,
    object_id      VARCHAR(100),
    purpose        VARCHAR(500) NOT NULL,
    outcome        VARCHAR(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED', 'NOT_FOUND')),
    prev_hash      CHAR(64)     NOT NULL,
    entry_hash     CHAR(64)     NOT NULL
);
CREATE INDEX audit_entries_occurred_idx ON audit_entries (occurred_at);
CREATE INDEX audit_entries_object_idx ON audit_entries (object_type, object_id);
CREATE INDEX audit_entries_actor_idx ON audit_entries (actor);

CREATE TABLE audit_chain_head (
    id         INT      PRIMARY KEY CHECK (id = 1),
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

-- Append-only: the application can never change or remove an entry. Someone who disables this
-- trigger with owner rights is still caught by the hash chain.
CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
