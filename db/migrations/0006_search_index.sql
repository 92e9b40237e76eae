-- Chronik schema 6: search hits found fast at a million events, and a citation moved between events
-- re-indexes both.
--
-- A search joins every full-text match to its event for the timeline, the batch and the time order.
-- Read from the table, each match costs a page of its own (a prefix matching 15,000 events of a
-- million took a third of a second on a cold cache); this narrow index in id order, which the
-- search names, holds all it needs and is read front to back.
CREATE INDEX events_hit ON events(id, timeline_id, start_key, end_key, batch_id);

-- Schema 5's trigger wrote the new event's quotes into the old event's search row as well.
DROP TRIGGER event_sources_update;
CREATE TRIGGER event_sources_update AFTER UPDATE OF quote, event_id ON event_sources WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(s.quote, ' ') FROM event_sources s WHERE s.event_id = events_fts.rowid), '')
  WHERE rowid IN (new.event_id, old.event_id);
  UPDATE events SET source_count = (SELECT count(*) FROM event_sources WHERE event_id = events.id) WHERE id IN (new.event_id, old.event_id);
END;
