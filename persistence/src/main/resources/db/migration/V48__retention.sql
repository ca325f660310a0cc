-- Retention and necessity (Art 22, 46 and 51 of COM(2022) 209, issue 13 §3; docs/retention.md).
-- The sweep's batches (one row and one audit entry per batch: rule, count, id range, never the data),
-- the authorities' extensions and the reviewers' confirmations that hold a case until a date, and the
-- markers of what was anonymised.

CREATE TABLE retention_batches (
    id               UUID          PRIMARY KEY,
    category         VARCHAR(32)   NOT NULL,
    rule             VARCHAR(80)   NOT NULL,
    outcome          VARCHAR(16)   NOT NULL CHECK (outcome IN ('DELETE', 'ANONYMISE', 'RETIRE')),
    item_count       INTEGER       NOT NULL CHECK (item_count > 0),
    first_id         VARCHAR(200),
    last_id          VARCHAR(200),
    executed_at      TIMESTAMPTZ   NOT NULL,
    profile_id       VARCHAR(40)   NOT NULL,
    profile_version  INTEGER       NOT NULL,
    article          VARCHAR(200)  NOT NULL
);
CREATE INDEX retention_batches_executed_idx ON retention_batches (executed_at DESC, id);

CREATE TABLE retention_extensions (
    id            UUID          PRIMARY KEY,
    subject_type  VARCHAR(40)   NOT NULL CHECK (subject_type IN ('Report', 'VictimCase')),
    subject_id    VARCHAR(200)  NOT NULL,
    kind          VARCHAR(24)   NOT NULL CHECK (kind IN ('EXTENSION', 'NECESSITY_CONFIRMED')),
    legal_basis   VARCHAR(500)  NOT NULL,
    until         TIMESTAMPTZ   NOT NULL,
    requested_by  VARCHAR(200)  NOT NULL,
    requested_at  TIMESTAMPTZ   NOT NULL,
    CHECK (until > requested_at)
);
CREATE INDEX retention_extensions_subject_idx ON retention_extensions (subject_type, subject_id, until);

ALTER TABLE reports ADD COLUMN personal_data_erased_at TIMESTAMPTZ;
CREATE INDEX reports_retention_idx ON reports (opened_at) WHERE personal_data_erased_at IS NULL;

ALTER TABLE victim_cases ADD COLUMN personal_data_erased_at TIMESTAMPTZ;
CREATE INDEX victim_cases_retention_idx ON victim_cases (withdrawn_at) WHERE personal_data_erased_at IS NULL;

CREATE INDEX vault_items_stored_idx ON vault_items (stored_at);
-- an actor's last entry (the names' retention) is found through V8's audit_events_actor_idx (actor_id)
