-- Inboxes of the portal's authorities: one row per recipient Member State and event.
CREATE TABLE notifications (
    id                 UUID         PRIMARY KEY,
    recipient_ms       CHAR(2)      NOT NULL,
    kind               VARCHAR(60)  NOT NULL,
    subject_type       VARCHAR(60)  NOT NULL,
    subject_id         UUID         NOT NULL,
    subject_label      VARCHAR(200) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    read_at            TIMESTAMPTZ,
    source_message_id  VARCHAR(100) NOT NULL,
    -- A redelivered JMS message must not put the same notification twice in an inbox.
    CONSTRAINT notifications_once UNIQUE (source_message_id, recipient_ms)
);
CREATE INDEX notifications_inbox_idx ON notifications (recipient_ms, created_at DESC);
