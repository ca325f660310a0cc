-- Notifications say what changed and who reads them (issue 7):
-- * changes: the change codes of the registry event (CONTACT_POINT, LEGAL_REPRESENTATIVE, MAIN_ESTABLISHMENT);
-- * competent_before / competent_after: the Member States competent for the provider before and after
--   the change, so that the authority that loses a provider is told too;
-- * read_by: the user who marked the notification read for the authority (null for rows read before V5).
-- The texts are built from these codes when a user reads the inbox, in the user's language.
ALTER TABLE notifications ADD COLUMN changes          VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE notifications ADD COLUMN competent_before VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE notifications ADD COLUMN competent_after  VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE notifications ADD COLUMN read_by          VARCHAR(100);

-- Earlier rows had one kind per change and no jurisdiction change: the recipient was competent throughout.
UPDATE notifications SET changes = 'CONTACT_POINT' WHERE kind = 'PROVIDER_CONTACT_POINT_CHANGED';
UPDATE notifications SET changes = 'LEGAL_REPRESENTATIVE' WHERE kind = 'PROVIDER_LEGAL_REPRESENTATIVE_CHANGED';
UPDATE notifications SET kind = 'PROVIDER_CHANGED',
                         competent_before = recipient_ms,
                         competent_after = recipient_ms
 WHERE kind IN ('PROVIDER_CONTACT_POINT_CHANGED', 'PROVIDER_LEGAL_REPRESENTATIVE_CHANGED');

ALTER TABLE notifications ALTER COLUMN changes DROP DEFAULT;
ALTER TABLE notifications ALTER COLUMN competent_before DROP DEFAULT;
ALTER TABLE notifications ALTER COLUMN competent_after DROP DEFAULT;

-- The unread count in every Coordinating Authority's menu.
CREATE INDEX notifications_unread_idx ON notifications (recipient_ms) WHERE read_at IS NULL;
