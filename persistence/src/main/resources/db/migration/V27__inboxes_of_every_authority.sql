-- Inboxes for the EU Centre too, and notifications about order deadlines: the recipient is a
-- Member State's Coordinating Authority ('NL') or the EU Centre ('EU_CENTRE'); a reminder says
-- when its deadline falls due. The unique constraint and the inbox index follow the renamed column.
ALTER TABLE notifications RENAME COLUMN recipient_ms TO recipient;
ALTER TABLE notifications ALTER COLUMN recipient TYPE VARCHAR(12);
ALTER TABLE notifications ADD COLUMN due_at TIMESTAMPTZ;
