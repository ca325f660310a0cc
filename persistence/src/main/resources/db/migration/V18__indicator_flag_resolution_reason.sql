-- A false-positive flag is resolved with the move that settled its indicator (a necessity review's
-- confirmation, a reviewer's confirmation or a retirement): why it was resolved is that move's reason.
ALTER TABLE indicator_flags ADD COLUMN resolution_reason VARCHAR(500);
CREATE INDEX indicator_flags_resolved_idx ON indicator_flags (resolved_at DESC) WHERE resolved_at IS NOT NULL;
