-- Providers get an inbox (issue 12 section 2: due dates with reminders): a notification's recipient
-- is now also a registered provider, written 'PROVIDER:' and its id (45 characters). Existing rows
-- (a Member State's code or 'EU_CENTRE') keep their values; the unique constraint and the indexes
-- on the column stay as they are.
ALTER TABLE notifications ALTER COLUMN recipient TYPE VARCHAR(50);
