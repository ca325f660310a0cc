-- Transactional outbox (docs/write-path.md): a message to send commits in the same local
-- transaction as the change it tells of; the relay sends unsent rows to their queue in batches and
-- marks them sent. The row id travels as the message's id, so a consumer that sees it twice
-- (a redelivery, a relay that sent but crashed before marking) does nothing twice.
CREATE TABLE outbox_messages (
    id               UUID          PRIMARY KEY,
    destination      VARCHAR(200)  NOT NULL,   -- JNDI name of the queue
    properties       TEXT          NOT NULL,   -- the message's string properties, one name=value per line
    created_at       TIMESTAMPTZ   NOT NULL,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    last_error       VARCHAR(500),
    sent_at          TIMESTAMPTZ
);
-- The relay's query: the oldest unsent rows that are due.
CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at) WHERE sent_at IS NULL;
