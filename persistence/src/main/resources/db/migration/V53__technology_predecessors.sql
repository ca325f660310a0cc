-- Versioned successors in the technology register (Art 50): a new version of an approved technology
-- names the entry it succeeds (same name and type, a higher version). The predecessor stays approved
-- when its successor is approved, until an admin withdraws it: orders drafted under it keep naming it.
ALTER TABLE technologies ADD COLUMN predecessor_id UUID REFERENCES technologies (id);
CREATE INDEX technologies_predecessor_idx ON technologies (predecessor_id) WHERE predecessor_id IS NOT NULL;
