-- Legal deadlines (eu.csar.legal.domain.Deadline): one row per deadline of a case, with the profile
-- version it was computed under and where it stands. The deadline sweep claims due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so a row is fired once however many sweeps run at a time.
CREATE TABLE deadlines (
    id                UUID         PRIMARY KEY,
    version           BIGINT       NOT NULL,
    kind              VARCHAR(100) NOT NULL,
    subject_type      VARCHAR(100) NOT NULL,
    subject_id        VARCHAR(100) NOT NULL,
    profile_id        VARCHAR(100) NOT NULL,
    profile_version   INTEGER      NOT NULL CHECK (profile_version >= 1),
    rule              VARCHAR(20)  NOT NULL,
    started_at        TIMESTAMPTZ  NOT NULL,
    due_at            TIMESTAMPTZ  NOT NULL,
    state             VARCHAR(16)  NOT NULL CHECK (state IN ('SCHEDULED', 'PAUSED', 'FIRED', 'ESCALATED', 'CANCELLED')),
    paused_at         TIMESTAMPTZ,
    remaining_ms      BIGINT       CHECK (remaining_ms >= 0),
    reminder_before   VARCHAR(20),
    reminder_at       TIMESTAMPTZ,
    reminder_sent_at  TIMESTAMPTZ,
    escalate_after    VARCHAR(20),
    escalate_at       TIMESTAMPTZ,
    escalate_to       VARCHAR(100),
    escalation_level  INTEGER      NOT NULL DEFAULT 0,
    extensions        INTEGER      NOT NULL DEFAULT 0,
    fired_at          TIMESTAMPTZ,
    -- a paused deadline keeps the time it had left (a cancelled one may keep it too, as it was)
    CONSTRAINT deadlines_pause CHECK (state <> 'PAUSED' OR (paused_at IS NOT NULL AND remaining_ms IS NOT NULL))
);
CREATE INDEX deadlines_subject_idx ON deadlines (subject_type, subject_id);
-- What the sweep looks for every few seconds: only running (or fired, for escalation) deadlines.
CREATE INDEX deadlines_due_idx ON deadlines (due_at) WHERE state = 'SCHEDULED';
CREATE INDEX deadlines_reminder_idx ON deadlines (reminder_at) WHERE state = 'SCHEDULED' AND reminder_sent_at IS NULL;
CREATE INDEX deadlines_escalation_idx ON deadlines (escalate_at) WHERE state = 'FIRED';

-- Every move of a deadline: who, when, why, and the due time after the move. Never changed.
CREATE TABLE deadline_status_changes (
    id           UUID         PRIMARY KEY,
    deadline_id  UUID         NOT NULL REFERENCES deadlines (id),
    from_state   VARCHAR(16)  CHECK (from_state IN ('SCHEDULED', 'PAUSED', 'FIRED', 'ESCALATED', 'CANCELLED')),
    event        VARCHAR(16)  NOT NULL CHECK (event IN ('SCHEDULE', 'PAUSE', 'RESUME', 'RESTART', 'EXTEND', 'REMIND', 'FIRE', 'ESCALATE', 'CANCEL')),
    to_state     VARCHAR(16)  NOT NULL CHECK (to_state IN ('SCHEDULED', 'PAUSED', 'FIRED', 'ESCALATED', 'CANCELLED')),
    due_at       TIMESTAMPTZ  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    reason       VARCHAR(500),
    -- only the scheduling starts from no state
    CONSTRAINT deadline_status_changes_start CHECK ((from_state IS NULL) = (event = 'SCHEDULE'))
);
CREATE INDEX deadline_status_changes_deadline_idx ON deadline_status_changes (deadline_id, occurred_at);
-- A deadline fires once: a second FIRE row for one deadline is refused by the database itself.
CREATE UNIQUE INDEX deadline_status_changes_fired_once ON deadline_status_changes (deadline_id) WHERE event = 'FIRE';
