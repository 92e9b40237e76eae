-- Chronik schema 2: the journal keeps the key and parameters of each change's name, so undo
-- labels follow the UI language; `label` stays the English text of the audit trail.
ALTER TABLE journal ADD COLUMN label_key TEXT;
ALTER TABLE journal ADD COLUMN label_params TEXT;
