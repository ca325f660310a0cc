-- Removal checks of reported public material (issue 11 section 4, last point; Art 49(1) of
-- COM(2022) 209, the EU Centre's searches of publicly accessible material): a report may name the
-- http(s) URLs where the material was publicly accessible (signed with the rest of its content).
-- Once the Centre decided to forward the report, each URL is asked with HEAD (never its body) at the
-- legal profile's report.removal-check-interval until it is gone (removed_at) or
-- report.removal-check-until after the decision has passed (STILL_ONLINE, listed for reviewers).
ALTER TABLE reports ADD COLUMN public_urls TEXT;

CREATE TABLE report_public_material (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL,
    report_id       UUID          NOT NULL REFERENCES reports (id),
    position        INTEGER       NOT NULL CHECK (position >= 1),
    url             VARCHAR(2000) NOT NULL,
    state           VARCHAR(16)   NOT NULL CHECK (state IN ('CHECKING', 'REMOVED', 'STILL_ONLINE', 'NOT_CHECKABLE')),
    -- the profile's period between two checks (ISO 8601, e.g. PT24H), fixed when checking began
    check_interval  VARCHAR(16)   NOT NULL,
    checks          INTEGER       NOT NULL CHECK (checks >= 0),
    watched_since   TIMESTAMPTZ   NOT NULL,
    give_up_at      TIMESTAMPTZ   NOT NULL,
    next_check_at   TIMESTAMPTZ,
    last_checked_at TIMESTAMPTZ,
    last_outcome    VARCHAR(24),
    last_status     INTEGER,
    removed_at      TIMESTAMPTZ,
    CONSTRAINT report_public_material_once UNIQUE (report_id, position),
    CONSTRAINT report_public_material_removed CHECK ((state = 'REMOVED') = (removed_at IS NOT NULL)),
    CONSTRAINT report_public_material_due CHECK ((state = 'CHECKING') = (next_check_at IS NOT NULL))
);
CREATE INDEX report_public_material_due_idx ON report_public_material (next_check_at) WHERE state = 'CHECKING';
CREATE INDEX report_public_material_state_idx ON report_public_material (state, give_up_at);

-- One row per check: when, what came back (the HTTP status of the HEAD request, or why there is none).
CREATE TABLE report_removal_checks (
    id           UUID          PRIMARY KEY,
    material_id  UUID          NOT NULL REFERENCES report_public_material (id),
    checked_at   TIMESTAMPTZ   NOT NULL,
    outcome      VARCHAR(24)   NOT NULL,
    http_status  INTEGER,
    detail       VARCHAR(500)
);
CREATE INDEX report_removal_checks_material_idx ON report_removal_checks (material_id, checked_at);
