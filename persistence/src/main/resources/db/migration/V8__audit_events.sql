-- The audit trail without a shared lock (issue 8). Until now every writer locked the chain head
-- for the rest of its transaction, so audited writes happened one at a time. From here on:
--  * a writer inserts one unsealed row into audit_events inside its own transaction, and takes no
--    lock that another writer waits for;
--  * one chainer at a time (it locks the chain head) seals committed rows in batches: it fills in
--    chain_seq, sealed_at, prev_hash and entry_hash, once; the trigger below refuses every other change;
--  * the chained fields name the actor by a pseudonym; the name sits in audit_actors, which retention
--    may erase without breaking the chain.
-- The entries sealed before (format 1, whose hash covers the actor's name) stay exactly as they were,
-- in audit_entries_v1, with their trigger; the chain continues from their head with format 2.

ALTER TABLE audit_entries RENAME TO audit_entries_v1;
ALTER TRIGGER audit_entries_no_update ON audit_entries_v1 RENAME TO audit_entries_v1_no_update;

CREATE TABLE audit_actors (
    actor_id    UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    first_seen  TIMESTAMPTZ  NOT NULL
);

CREATE TABLE audit_events (
    event_no       BIGSERIAL    PRIMARY KEY,
    id             UUID         NOT NULL UNIQUE,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_id       UUID         NOT NULL,
    roles          VARCHAR(500) NOT NULL,
    member_states  VARCHAR(100) NOT NULL,
    provider_id    UUID,
    action         VARCHAR(100) NOT NULL,
    object_type    VARCHAR(100) NOT NULL,
    object_id      VARCHAR(100),
    purpose        VARCHAR(500) NOT NULL,
    outcome        VARCHAR(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED', 'NOT_FOUND')),
    chain_seq      BIGINT       UNIQUE,
    sealed_at      TIMESTAMPTZ,
    prev_hash      CHAR(64),
    entry_hash     CHAR(64),
    CHECK ((chain_seq IS NULL) = (sealed_at IS NULL) AND (chain_seq IS NULL) = (prev_hash IS NULL)
           AND (chain_seq IS NULL) = (entry_hash IS NULL))
);
-- Insertion numbers continue after the format-1 entries, so that the readable trail below keeps one
-- increasing order of writing across both formats.
SELECT setval(pg_get_serial_sequence('audit_events', 'event_no'),
              (SELECT coalesce(max(seq), 0) + 1 FROM audit_entries_v1), false);
CREATE INDEX audit_events_unsealed_idx ON audit_events (event_no) WHERE chain_seq IS NULL;
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_object_idx ON audit_events (object_type, object_id);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id);
CREATE INDEX audit_events_action_idx ON audit_events (action);

ALTER TABLE audit_chain_head ADD COLUMN last_sealed_at TIMESTAMPTZ;
UPDATE audit_chain_head SET last_sealed_at = (SELECT max(occurred_at) FROM audit_entries_v1);

-- Append-only, sealed once: an insert is unsealed; an update may only seal an unsealed row (set the
-- four chaining columns, nothing else); a sealed row never changes; nothing is ever deleted. Someone
-- who disables this trigger with owner rights is still caught by the hash chain.
CREATE FUNCTION audit_events_seal_once() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.chain_seq IS NOT NULL OR NEW.sealed_at IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.entry_hash IS NOT NULL THEN
            RAISE EXCEPTION 'audit_events: a new event is unsealed; only the chainer seals it';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit_events is append-only';
    END IF;
    IF OLD.chain_seq IS NOT NULL THEN
        RAISE EXCEPTION 'audit_events: a sealed entry never changes';
    END IF;
    IF NEW.chain_seq IS NULL
       OR (NEW.event_no, NEW.id, NEW.occurred_at, NEW.actor_id, NEW.roles, NEW.member_states, NEW.provider_id,
           NEW.action, NEW.object_type, NEW.object_id, NEW.purpose, NEW.outcome)
          IS DISTINCT FROM
          (OLD.event_no, OLD.id, OLD.occurred_at, OLD.actor_id, OLD.roles, OLD.member_states, OLD.provider_id,
           OLD.action, OLD.object_type, OLD.object_id, OLD.purpose, OLD.outcome) THEN
        RAISE EXCEPTION 'audit_events: sealing sets the chaining columns only';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_seal_once();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_seal_once();

-- The readable trail: one row per audited action of either format, sealed or still sealing, with the
-- actor's name resolved (null once erased). seq is the order of writing; chain_seq the position in
-- the hash chain (null while sealing). Searches, the audit screen and the tests read this view.
CREATE VIEW audit_entries AS
SELECT v1.seq, v1.id, v1.occurred_at, v1.actor, CAST(NULL AS UUID) AS actor_id, v1.roles, v1.member_states,
       v1.provider_id, v1.action, v1.object_type, v1.object_id, v1.purpose, v1.outcome,
       v1.seq AS chain_seq, v1.occurred_at AS sealed_at, 1 AS format_version, v1.prev_hash, v1.entry_hash
FROM audit_entries_v1 v1
UNION ALL
SELECT e.event_no, e.id, e.occurred_at, a.name, e.actor_id, e.roles, e.member_states,
       e.provider_id, e.action, e.object_type, e.object_id, e.purpose, e.outcome,
       e.chain_seq, e.sealed_at, 2, e.prev_hash, e.entry_hash
FROM audit_events e LEFT JOIN audit_actors a ON a.actor_id = e.actor_id;
