-- Risk assessments and mitigation measures (Art 3-6 of COM(2022) 209): what a provider of hosting or
-- interpersonal communications services reports on its risk and the measures that mitigate it
-- (kind SERVICE, Art 3-5), or an app store its measures (kind APP_STORE, Art 6), and how the
-- Coordinating Authority of establishment reviews it. The provider is named by id (the registry's
-- providers table, no foreign key across contexts) with its legal name and the Member States
-- competent for it when it submitted, copied for reading and for reminders; who may review it is
-- derived from the registry when it is read. The report's fields (the profile's
-- risk-assessment.report-fields or risk-assessment.app-store-fields) are rows of
-- risk_assessment_fields. Due dates are deadlines of the deadline service (table deadlines); the
-- ids of the open ones and their due times are copied here, so the overdue list is one query.
CREATE TABLE risk_assessments (
    id                   UUID          PRIMARY KEY,
    version              BIGINT        NOT NULL,
    provider_id          UUID          NOT NULL,
    provider_name        VARCHAR(300)  NOT NULL,
    member_states        VARCHAR(100)  NOT NULL,
    kind                 VARCHAR(16)   NOT NULL CHECK (kind IN ('SERVICE', 'APP_STORE')),
    profile_id           VARCHAR(64)   NOT NULL,
    profile_version      INTEGER       NOT NULL,
    state                VARCHAR(24)   NOT NULL CHECK (state IN ('SUBMITTED', 'INFORMATION_REQUESTED', 'MEASURES_REQUIRED',
                                                                 'ACCEPTED', 'SUPERSEDED')),
    assessed_at          TIMESTAMPTZ   NOT NULL,
    submitted_by         VARCHAR(200)  NOT NULL,
    submitted_at         TIMESTAMPTZ   NOT NULL,
    reported_late        BOOLEAN       NOT NULL,
    category             VARCHAR(80),
    categorised_by       VARCHAR(200),
    categorised_at       TIMESTAMPTZ,
    request_text         VARCHAR(2000),
    response_text        VARCHAR(4000),
    update_due_at        TIMESTAMPTZ   NOT NULL,
    update_deadline_id   UUID,
    answer_kind          VARCHAR(16)   CHECK (answer_kind IN ('INFORMATION', 'MEASURES')),
    answer_due_at        TIMESTAMPTZ,
    answer_deadline_id   UUID,
    overdue_kind         VARCHAR(16)   CHECK (overdue_kind IN ('UPDATE', 'INFORMATION', 'MEASURES')),
    overdue_since        TIMESTAMPTZ,
    state_changed_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT risk_assessments_answer CHECK ((answer_kind IS NULL) = (answer_due_at IS NULL)),
    CONSTRAINT risk_assessments_overdue CHECK ((overdue_kind IS NULL) = (overdue_since IS NULL))
);
CREATE INDEX risk_assessments_provider_idx ON risk_assessments (provider_id, submitted_at DESC);
CREATE INDEX risk_assessments_overdue_idx ON risk_assessments (overdue_since NULLS LAST, update_due_at);

CREATE TABLE risk_assessment_fields (
    assessment_id  UUID           NOT NULL REFERENCES risk_assessments (id),
    name           VARCHAR(80)    NOT NULL,
    value          VARCHAR(8000)  NOT NULL,
    PRIMARY KEY (assessment_id, name)
);

CREATE TABLE risk_assessment_status_changes (
    id             UUID          PRIMARY KEY,
    assessment_id  UUID          NOT NULL REFERENCES risk_assessments (id),
    from_state     VARCHAR(24),
    event          VARCHAR(32)   NOT NULL,
    to_state       VARCHAR(24)   NOT NULL,
    occurred_at    TIMESTAMPTZ   NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    reason         VARCHAR(500),
    legal_basis    VARCHAR(100)
);
CREATE INDEX risk_assessment_status_changes_idx ON risk_assessment_status_changes (assessment_id, occurred_at);
