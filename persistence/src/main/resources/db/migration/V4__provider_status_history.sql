-- Every move of a provider's status (registration, suspension, reinstatement) as a history row:
-- who, when, why. Written by the application in the transaction of the move, never changed.
CREATE TABLE provider_status_changes (
    id           UUID         PRIMARY KEY,
    provider_id  UUID         NOT NULL REFERENCES providers (id),
    from_status  VARCHAR(16)  CHECK (from_status IN ('ACTIVE', 'SUSPENDED')),
    event        VARCHAR(16)  NOT NULL CHECK (event IN ('REGISTER', 'SUSPEND', 'REINSTATE')),
    to_status    VARCHAR(16)  NOT NULL CHECK (to_status IN ('ACTIVE', 'SUSPENDED')),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    reason       VARCHAR(500),
    -- only the registration starts from no status
    CONSTRAINT provider_status_changes_start CHECK ((from_status IS NULL) = (event = 'REGISTER'))
);
CREATE INDEX provider_status_changes_provider_idx ON provider_status_changes (provider_id, occurred_at);

-- Providers registered before the history existed: their registration, and for a suspended one the
-- suspension with the reason on record. The actor is not known any more and is named as such.
INSERT INTO provider_status_changes (id, provider_id, from_status, event, to_status, occurred_at, actor, reason)
SELECT gen_random_uuid(), id, NULL, 'REGISTER', 'ACTIVE', created_at, 'unknown (before V4)', NULL
FROM providers;
INSERT INTO provider_status_changes (id, provider_id, from_status, event, to_status, occurred_at, actor, reason)
SELECT gen_random_uuid(), id, 'ACTIVE', 'SUSPEND', 'SUSPENDED', updated_at, 'unknown (before V4)', status_reason
FROM providers WHERE status = 'SUSPENDED';
