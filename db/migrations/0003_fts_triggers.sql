-- Chronik schema 3: the full-text index follows the events and their quotes by triggers, so no
-- code path (a cascade delete of a timeline, an undo, a bulk import) can leave it stale.

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, title, description, quotes)
  VALUES (new.id, new.title, new.description,
          coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = new.id), ''));
END;

CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description ON events BEGIN
  UPDATE events_fts SET title = new.title, description = new.description WHERE rowid = new.id;
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_fts WHERE rowid = old.id;
END;

-- Quotes: re-collected for the event whose citations changed. A citation removed together with
-- its event (cascade) has nothing left to re-index.
CREATE TRIGGER event_sources_fts_insert AFTER INSERT ON event_sources
WHEN EXISTS (SELECT 1 FROM events WHERE id = new.event_id) BEGIN
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = new.event_id), '')
  WHERE rowid = new.event_id;
END;

CREATE TRIGGER event_sources_fts_update AFTER UPDATE OF quote, event_id ON event_sources BEGIN
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = new.event_id), '')
  WHERE rowid = new.event_id;
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = old.event_id), '')
  WHERE rowid = old.event_id AND old.event_id <> new.event_id;
END;

CREATE TRIGGER event_sources_fts_delete AFTER DELETE ON event_sources
WHEN EXISTS (SELECT 1 FROM events WHERE id = old.event_id) BEGIN
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = old.event_id), '')
  WHERE rowid = old.event_id;
END;

-- Rebuilt once from the tables: drops rows a cascade delete left behind before this version.
DELETE FROM events_fts;
INSERT INTO events_fts (rowid, title, description, quotes)
SELECT e.id, e.title, e.description, coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = e.id), '')
FROM events e;
