-- Failed deliveries of detection jobs (issue 11 §2): when triage of a job throws, the consumer
-- records the error here in a transaction of its own (the job's rolls back and the broker delivers
-- it again), so the operator screen of the dead-letter queue can show why a job landed there.
-- Keyed by the job's message id (the outbox row's id); report_id as text, since a poison message
-- may carry no readable id.
CREATE TABLE report_triage_failures (
    message_id       VARCHAR(100)  PRIMARY KEY,
    report_id        VARCHAR(100),
    attempts         INTEGER       NOT NULL CHECK (attempts >= 1),
    last_error       VARCHAR(500)  NOT NULL,
    first_failed_at  TIMESTAMPTZ   NOT NULL,
    last_failed_at   TIMESTAMPTZ   NOT NULL
);
