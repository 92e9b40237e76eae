-- Chronik schema 4: events are filtered and counted by the entities they name, so the link
-- table is indexed by entity too (its primary key starts with the event).
CREATE INDEX IF NOT EXISTS event_entities_entity ON event_entities(entity_id);
