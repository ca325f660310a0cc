-- The review desk (issue 11 section 3, Art 48): centre reviewers claim a finished report, decide to
-- forward it (with the Member States likely to have jurisdiction and/or Europol) or find it
-- manifestly unfounded (a reason from a fixed list, and the reviewer's internal note), with a
-- second reviewer's confirmation where the legal profile asks for four eyes. The states grow, so
-- the state columns widen; the review's columns live on the report (one aggregate, one row lock).
ALTER TABLE reports DROP CONSTRAINT reports_state_check;
ALTER TABLE reports ALTER COLUMN state TYPE VARCHAR(32);
ALTER TABLE reports ADD CONSTRAINT reports_state_check CHECK (state IN ('OPEN', 'FINISHED', 'RETRACTED', 'IN_REVIEW',
    'AWAITING_SECOND_REVIEW', 'IN_SECOND_REVIEW', 'FORWARD_DECIDED', 'MANIFESTLY_UNFOUNDED'));
ALTER TABLE report_status_changes ALTER COLUMN from_state TYPE VARCHAR(32);
ALTER TABLE report_status_changes ALTER COLUMN to_state TYPE VARCHAR(32);

ALTER TABLE reports
    ADD COLUMN claimed_by                 VARCHAR(200),
    ADD COLUMN claimed_at                 TIMESTAMPTZ,
    ADD COLUMN proposed_by                VARCHAR(200),
    ADD COLUMN proposed_at                TIMESTAMPTZ,
    ADD COLUMN decision                   VARCHAR(24)  CHECK (decision IN ('FORWARD', 'MANIFESTLY_UNFOUNDED')),
    ADD COLUMN decided_by                 VARCHAR(200),
    ADD COLUMN decided_at                 TIMESTAMPTZ,
    ADD COLUMN unfounded_reason           VARCHAR(32),
    ADD COLUMN unfounded_note             VARCHAR(2000),
    ADD COLUMN jurisdiction_member_states VARCHAR(100),
    ADD COLUMN jurisdiction_europol       BOOLEAN,
    ADD COLUMN decision_profile           VARCHAR(64),
    ADD COLUMN decision_profile_version   INTEGER,
    ADD CONSTRAINT reports_claim CHECK ((claimed_by IS NULL) = (claimed_at IS NULL)
                                        AND (claimed_by IS NULL) = (state NOT IN ('IN_REVIEW', 'IN_SECOND_REVIEW'))),
    ADD CONSTRAINT reports_decision CHECK ((decision IS NULL) = (state NOT IN ('FORWARD_DECIDED', 'MANIFESTLY_UNFOUNDED'))
                                           AND (decision IS NULL) = (decided_at IS NULL)),
    ADD CONSTRAINT reports_forward CHECK (decision IS DISTINCT FROM 'FORWARD'
                                          OR (jurisdiction_europol OR jurisdiction_member_states <> '')),
    ADD CONSTRAINT reports_unfounded CHECK (decision IS DISTINCT FROM 'MANIFESTLY_UNFOUNDED' OR unfounded_reason IS NOT NULL);

-- The desk's queue: urgent first, then the oldest, over the reports waiting for a reviewer or held by one.
CREATE INDEX reports_review_queue_idx ON reports (urgent DESC, finished_at)
    WHERE state IN ('FINISHED', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW', 'IN_SECOND_REVIEW');
-- A reviewer's decisions of the day (the desk's personal count).
CREATE INDEX report_status_changes_actor_idx ON report_status_changes (actor, occurred_at);
