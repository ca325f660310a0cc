-- Issue 12 §2: the first risk assessment's due date (Art 3(4), first subparagraph) runs on a
-- deadline of the deadline service (kind risk-assessment.first, subject RiskFirstAssessment/provider
-- id) from the provider's registration, for the providers Art 3 covers (hosting, interpersonal
-- communications). One row per such provider: when it was registered, when the first assessment is
-- due, since when it is overdue, and when (and by which assessment) it was met, which cancels the
-- deadline. Started by the registry's ProviderWasRegistered event, or by the start-up sweep for the
-- providers registered before (the SQL-seeded demo providers).
CREATE TABLE risk_first_assessments (
    provider_id        UUID          PRIMARY KEY,
    version            BIGINT        NOT NULL,
    provider_name      VARCHAR(300)  NOT NULL,
    member_states      VARCHAR(100)  NOT NULL,
    profile_id         VARCHAR(100)  NOT NULL,
    profile_version    INT           NOT NULL,
    registered_at      TIMESTAMPTZ   NOT NULL,
    due_at             TIMESTAMPTZ   NOT NULL,
    deadline_id        UUID          NOT NULL,
    overdue_since      TIMESTAMPTZ,
    met_at             TIMESTAMPTZ,
    met_by             UUID,
    CHECK (met_at IS NULL OR met_by IS NOT NULL)
);

-- the authority's list: the providers still awaiting their first assessment
CREATE INDEX risk_first_assessments_open ON risk_first_assessments (due_at) WHERE met_at IS NULL;
