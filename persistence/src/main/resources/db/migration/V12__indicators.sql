-- The EU Centre's indicator database (Art 36, 44, 46): indicator sets, indicators with their
-- provenance links and history, Coordinating Authorities' submissions line by line, the change
-- feed that distribution and every node's match index follow, and the access grants (Art 46).
-- Content never enters these tables: only hashes computed on the submitter's side, and URLs.

-- Art 44: the sets (known images, known videos, URL list) and their sub-sets by source, like
-- HMA's banks. A sub-set names its parent; the three top-level sets are seeded below.
CREATE TABLE indicator_sets (
    id          UUID          PRIMARY KEY,
    code        VARCHAR(100)  NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9.-]*$'),
    parent_id   UUID          REFERENCES indicator_sets (id),
    -- which kinds of indicator a set holds: PDQ and digests for images, digests for videos, URLs
    kinds       VARCHAR(100)  NOT NULL,
    -- where a sub-set's indicators come from: AUTHORITY_DECISION, VICTIM_REQUEST, THIRD_PARTY_LIST, CENTRE_REVIEW
    source      VARCHAR(32)   CHECK (source IN ('AUTHORITY_DECISION', 'VICTIM_REQUEST', 'THIRD_PARTY_LIST', 'CENTRE_REVIEW')),
    created_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT indicator_sets_top_level CHECK ((parent_id IS NULL) = (source IS NULL))
);
INSERT INTO indicator_sets (id, code, parent_id, kinds, source, created_at) VALUES
    ('00000000-0000-4000-8000-000000000441', 'known-images', NULL, 'PDQ,MD5,SHA256', NULL, '2026-12-02T00:00:00Z'),
    ('00000000-0000-4000-8000-000000000442', 'known-videos', NULL, 'MD5,SHA256', NULL, '2026-12-02T00:00:00Z'),
    ('00000000-0000-4000-8000-000000000443', 'url-list', NULL, 'URL', NULL, '2026-12-02T00:00:00Z');

-- A submission by a Coordinating Authority (Art 36), a victim-provided batch (later issue), or a
-- bulk import job: what was sent, by whom, on which national decision, and where its four-eyes
-- verification stands. submitted_by and verified_by are actor names as the audit trail has them;
-- the database itself refuses a verifier who is the submitter.
CREATE TABLE indicator_submissions (
    id                  UUID          PRIMARY KEY,
    version             BIGINT        NOT NULL,
    set_id              UUID          NOT NULL REFERENCES indicator_sets (id),
    member_state        CHAR(2),
    source              VARCHAR(32)   NOT NULL CHECK (source IN ('AUTHORITY_DECISION', 'VICTIM_REQUEST', 'THIRD_PARTY_LIST', 'CENTRE_REVIEW')),
    authority           VARCHAR(200),
    decision_reference  VARCHAR(200),
    decision_date       DATE,
    process             VARCHAR(100)  NOT NULL,
    process_version     VARCHAR(50)   NOT NULL,
    import_job_id       BIGINT,
    submitted_by        VARCHAR(200)  NOT NULL,
    submitted_at        TIMESTAMPTZ   NOT NULL,
    state               VARCHAR(20)   NOT NULL CHECK (state IN ('IMPORTING', 'SUBMITTED', 'VERIFIED', 'PARTLY_VERIFIED', 'REJECTED')),
    verified_by         VARCHAR(200),
    verified_at         TIMESTAMPTZ,
    line_count          INTEGER       NOT NULL DEFAULT 0,
    refused_count       INTEGER       NOT NULL DEFAULT 0,
    linked_count        INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT indicator_submissions_four_eyes CHECK (verified_by IS NULL OR verified_by <> submitted_by),
    CONSTRAINT indicator_submissions_decision CHECK (source <> 'AUTHORITY_DECISION'
        OR (authority IS NOT NULL AND decision_reference IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX indicator_submissions_queue_idx ON indicator_submissions (submitted_at) WHERE state = 'SUBMITTED';
CREATE INDEX indicator_submissions_member_state_idx ON indicator_submissions (member_state, submitted_at);

-- One indicator per (set, kind, value): a second submission of the same hash adds a provenance
-- link, never a copy. value is lower-case hex for hashes (64 for PDQ and SHA256, 32 for MD5) and
-- the normalised URL for URLs. seq is the compact number a node's match index keys on.
CREATE TABLE indicators (
    id                UUID          PRIMARY KEY,
    seq               BIGINT        GENERATED ALWAYS AS IDENTITY UNIQUE,
    version           BIGINT        NOT NULL,
    set_id            UUID          NOT NULL REFERENCES indicator_sets (id),
    kind              VARCHAR(8)    NOT NULL CHECK (kind IN ('PDQ', 'MD5', 'SHA256', 'URL')),
    value             VARCHAR(2048) NOT NULL,
    quality           SMALLINT      CHECK (quality BETWEEN 0 AND 100),
    state             VARCHAR(16)   NOT NULL CHECK (state IN ('SUBMITTED', 'VERIFIED', 'ACTIVE', 'DISABLED', 'QUARANTINED', 'RETIRED')),
    disabled_until    TIMESTAMPTZ,
    retired_reason    VARCHAR(500),
    created_at        TIMESTAMPTZ   NOT NULL,
    state_changed_at  TIMESTAMPTZ   NOT NULL,
    -- Art 46 necessity review: when this indicator must next be confirmed (legal profile period)
    review_due_at     TIMESTAMPTZ,
    CONSTRAINT indicators_one_per_set UNIQUE (set_id, kind, value),
    CONSTRAINT indicators_pdq_quality CHECK ((kind = 'PDQ') = (quality IS NOT NULL)),
    CONSTRAINT indicators_hash_shape CHECK (
        (kind = 'PDQ' AND value ~ '^[0-9a-f]{64}$') OR (kind = 'SHA256' AND value ~ '^[0-9a-f]{64}$')
        OR (kind = 'MD5' AND value ~ '^[0-9a-f]{32}$') OR kind = 'URL')
);
-- What a node loads at start-up and what matching reads: the active ones, in seq order.
CREATE INDEX indicators_active_idx ON indicators (seq) WHERE state = 'ACTIVE';
CREATE INDEX indicators_value_idx ON indicators (kind, value);
CREATE INDEX indicators_state_idx ON indicators (set_id, state);
CREATE INDEX indicators_review_idx ON indicators (review_due_at) WHERE state = 'ACTIVE';

-- Where an indicator came from: one row per submission (or victim's request, or import job) that
-- named it. The indicator matches while it is ACTIVE and at least one link is not withdrawn; a
-- victim's withdrawal withdraws only that victim's link.
CREATE TABLE indicator_provenance (
    id                  UUID          PRIMARY KEY,
    indicator_id        UUID          NOT NULL REFERENCES indicators (id),
    submission_id       UUID          REFERENCES indicator_submissions (id),
    source              VARCHAR(32)   NOT NULL CHECK (source IN ('AUTHORITY_DECISION', 'VICTIM_REQUEST', 'THIRD_PARTY_LIST', 'CENTRE_REVIEW')),
    member_state        CHAR(2),
    authority           VARCHAR(200),
    decision_reference  VARCHAR(200),
    decision_date       DATE,
    victim_request_id   UUID,
    process             VARCHAR(100)  NOT NULL,
    process_version     VARCHAR(50)   NOT NULL,
    label               VARCHAR(500),
    verified            BOOLEAN       NOT NULL DEFAULT FALSE,
    added_at            TIMESTAMPTZ   NOT NULL,
    withdrawn_at        TIMESTAMPTZ,
    withdrawn_reason    VARCHAR(500)
);
CREATE UNIQUE INDEX indicator_provenance_once_per_submission ON indicator_provenance (indicator_id, submission_id) WHERE submission_id IS NOT NULL;
CREATE INDEX indicator_provenance_indicator_idx ON indicator_provenance (indicator_id);
CREATE INDEX indicator_provenance_submission_idx ON indicator_provenance (submission_id);
CREATE INDEX indicator_provenance_victim_idx ON indicator_provenance (victim_request_id) WHERE victim_request_id IS NOT NULL;

-- The lines of a submission as sent, each with its outcome: ACCEPTED (a new indicator), LINKED
-- (an existing one gained a link) or REFUSED (with the reason, e.g. PDQ quality below 50); and its
-- four-eyes verification, line by line where the reviewer needs to.
CREATE TABLE indicator_submission_lines (
    submission_id  UUID          NOT NULL REFERENCES indicator_submissions (id),
    line_no        INTEGER       NOT NULL CHECK (line_no >= 1),
    kind           VARCHAR(8)    CHECK (kind IN ('PDQ', 'MD5', 'SHA256', 'URL')),
    value          VARCHAR(2048),
    quality        SMALLINT,
    label          VARCHAR(500),
    outcome        VARCHAR(8)    NOT NULL CHECK (outcome IN ('ACCEPTED', 'LINKED', 'REFUSED')),
    reason         VARCHAR(500),
    indicator_id   UUID          REFERENCES indicators (id),
    verification   VARCHAR(8)    NOT NULL DEFAULT 'PENDING' CHECK (verification IN ('PENDING', 'VERIFIED', 'REJECTED')),
    PRIMARY KEY (submission_id, line_no),
    CONSTRAINT indicator_submission_lines_refused CHECK ((outcome = 'REFUSED') = (indicator_id IS NULL))
);

-- Every move of an indicator: who, when, why; import_job_id says "imported by job N".
CREATE TABLE indicator_status_changes (
    id             UUID          PRIMARY KEY,
    indicator_id   UUID          NOT NULL REFERENCES indicators (id),
    from_state     VARCHAR(16)   CHECK (from_state IN ('SUBMITTED', 'VERIFIED', 'ACTIVE', 'DISABLED', 'QUARANTINED', 'RETIRED')),
    event          VARCHAR(16)   NOT NULL,
    to_state       VARCHAR(16)   NOT NULL CHECK (to_state IN ('SUBMITTED', 'VERIFIED', 'ACTIVE', 'DISABLED', 'QUARANTINED', 'RETIRED')),
    occurred_at    TIMESTAMPTZ   NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    reason         VARCHAR(500),
    import_job_id  BIGINT
);
CREATE INDEX indicator_status_changes_indicator_idx ON indicator_status_changes (indicator_id, occurred_at);

-- The change feed: one row each time an indicator becomes matchable (ADD) or stops being
-- matchable (REMOVE: disabled, quarantined, retired, or its last link withdrawn). seq is the
-- distribution version ("changes since version N"); nodes' match indexes follow the same rows.
CREATE TABLE indicator_changes (
    seq           BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id  UUID          NOT NULL REFERENCES indicators (id),
    set_id        UUID          NOT NULL REFERENCES indicator_sets (id),
    change        VARCHAR(8)    NOT NULL CHECK (change IN ('ADD', 'REMOVE')),
    changed_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX indicator_changes_set_idx ON indicator_changes (set_id, seq);

-- Access under orders (Art 46): provider x set x period x legal basis x purpose x access kind.
-- No live grant, no access. A grant ends by itself at valid_until; revoked_at ends it earlier.
CREATE TABLE indicator_grants (
    id               UUID          PRIMARY KEY,
    version          BIGINT        NOT NULL,
    provider_id      UUID          NOT NULL REFERENCES providers (id),
    set_id           UUID          NOT NULL REFERENCES indicator_sets (id),
    valid_from       TIMESTAMPTZ   NOT NULL,
    valid_until      TIMESTAMPTZ   NOT NULL,
    legal_basis      VARCHAR(32)   NOT NULL CHECK (legal_basis IN ('DETECTION_ORDER', 'VOLUNTARY_DETECTION')),
    order_reference  VARCHAR(200),
    purpose          VARCHAR(500)  NOT NULL,
    access           VARCHAR(16)   NOT NULL CHECK (access IN ('MATCH', 'DOWNLOAD')),
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    revoked_at       TIMESTAMPTZ,
    revoked_reason   VARCHAR(500),
    CONSTRAINT indicator_grants_period CHECK (valid_until > valid_from),
    CONSTRAINT indicator_grants_order CHECK (legal_basis <> 'DETECTION_ORDER' OR order_reference IS NOT NULL)
);
CREATE INDEX indicator_grants_provider_idx ON indicator_grants (provider_id, set_id, valid_until);
