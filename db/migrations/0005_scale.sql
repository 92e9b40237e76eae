-- Chronik schema 5: a million events in one timeline.
--
-- Batches: the rows a bulk change creates (a data import, a duplicated timeline, an article batch)
-- carry its batch id; undo and redo flip the batch's state instead of deleting or copying rows, so
-- they take the same time for ten events or a million. Rows of a batch that is not 'live' are
-- invisible to every query (db/visible.ts) and are purged once no redo can bring them back.
-- A deleted timeline is hidden the same way (hidden_by: the journal entry that deleted it).
CREATE TABLE batches (
  id         INTEGER PRIMARY KEY,
  state      TEXT NOT NULL CHECK (state IN ('pending', 'live', 'hidden', 'purge')),
  created_at TEXT NOT NULL
);
CREATE INDEX batches_state ON batches(state);

ALTER TABLE timelines ADD COLUMN batch_id INTEGER;
ALTER TABLE timelines ADD COLUMN hidden_by INTEGER;
ALTER TABLE lanes ADD COLUMN batch_id INTEGER;
ALTER TABLE sources ADD COLUMN batch_id INTEGER;
ALTER TABLE events ADD COLUMN batch_id INTEGER;
-- How many sources cite the event: the "without sources" filter and the significance below read it
-- from the row (and from the index) instead of counting citations per event.
ALTER TABLE events ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
-- Which events an overview labels first: more sources, then firmer confidence, then a longer span.
ALTER TABLE events ADD COLUMN weight INTEGER GENERATED ALWAYS AS (
  min(source_count, 15) * 64
  + (CASE confidence WHEN 'confirmed' THEN 3 WHEN 'reported' THEN 2 WHEN 'claimed' THEN 1 ELSE 0 END) * 16
  + min(15, (end_key - start_key) / 1440 / 7)
) VIRTUAL;

UPDATE events SET source_count = (SELECT count(*) FROM event_sources WHERE event_id = events.id);

CREATE INDEX events_batch ON events(batch_id) WHERE batch_id IS NOT NULL;
-- One article is one source among the visible ones (the importer checks); a hidden batch may hold
-- another copy until it is purged, so the index no longer enforces it.
DROP INDEX sources_hash;
CREATE INDEX sources_hash ON sources(content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX sources_batch ON sources(batch_id) WHERE batch_id IS NOT NULL;
-- The window index: events of a timeline in time order, covering what counts, filters and the
-- overview's labels read, so a window is one index range scan.
DROP INDEX events_window;
CREATE INDEX events_window ON events(timeline_id, start_key, end_key, lane_id, kind, confidence, source_count, weight, batch_id);
-- The most significant events of a lane first (labels of a dense window); with lane_id first it
-- also serves the lane's ON DELETE SET NULL, so the plain lane index goes.
CREATE INDEX events_weight ON events(lane_id, weight, start_key, timeline_id);
DROP INDEX events_lane;
-- Events longer than 31 days, by their end: a window finds the short ones overlapping it by a
-- range of starts, and these few separately (db/window.ts).
CREATE INDEX events_long ON events(timeline_id, end_key) WHERE end_key - start_key > 44640;

-- Counts per lane, kind and confidence in time buckets of five widths (8, 64, 512, 4096 and 32768
-- days), so an overview of any zoom reads a few thousand rows instead of every event. Kept by
-- triggers for single changes and by set-based statements for bulk ones (db/bulk.ts). Rows that
-- fall to zero stay (they add nothing to a sum).
CREATE TABLE event_density (
  timeline_id INTEGER NOT NULL,
  batch_id    INTEGER NOT NULL,   -- 0: no batch
  level       INTEGER NOT NULL,   -- bucket width: 1440 * 8^level minutes
  bucket      INTEGER NOT NULL,   -- floor(start_key / width)
  lane_id     INTEGER NOT NULL,   -- 0: no lane
  kind        TEXT NOT NULL,
  confidence  TEXT NOT NULL,
  n           INTEGER NOT NULL,
  PRIMARY KEY (timeline_id, level, bucket, lane_id, kind, confidence, batch_id)
) WITHOUT ROWID;

-- Bulk writes switch the per-row triggers off by holding a row here (inside their transaction)
-- and update the full-text index and the counts set-based instead.
CREATE TABLE bulk_writes (id INTEGER PRIMARY KEY CHECK (id = 1));

-- The compact part of a journal entry: batches it made live, timelines it hid (JSON, see db/journal.ts).
ALTER TABLE journal ADD COLUMN bulk TEXT;

DROP TRIGGER events_fts_insert;
DROP TRIGGER events_fts_update;
DROP TRIGGER events_fts_delete;
DROP TRIGGER event_sources_fts_insert;
DROP TRIGGER event_sources_fts_update;
DROP TRIGGER event_sources_fts_delete;

CREATE TRIGGER events_fts_insert AFTER INSERT ON events WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  INSERT INTO events_fts (rowid, title, description, quotes)
  VALUES (new.id, new.title, new.description,
          coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = new.id), ''));
END;

CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description ON events WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  UPDATE events_fts SET title = new.title, description = new.description WHERE rowid = new.id;
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  DELETE FROM events_fts WHERE rowid = old.id;
END;

-- A change of citations re-collects the event's quotes and recounts its sources. A citation
-- removed together with its event (cascade) has nothing left to update.
CREATE TRIGGER event_sources_insert AFTER INSERT ON event_sources
WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) AND EXISTS (SELECT 1 FROM events WHERE id = new.event_id) BEGIN
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = new.event_id), '')
  WHERE rowid = new.event_id;
  UPDATE events SET source_count = (SELECT count(*) FROM event_sources WHERE event_id = new.event_id) WHERE id = new.event_id;
END;

CREATE TRIGGER event_sources_update AFTER UPDATE OF quote, event_id ON event_sources WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = new.event_id), '')
  WHERE rowid IN (new.event_id, old.event_id);
  UPDATE events SET source_count = (SELECT count(*) FROM event_sources WHERE event_id = events.id) WHERE id IN (new.event_id, old.event_id);
END;

CREATE TRIGGER event_sources_delete AFTER DELETE ON event_sources
WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) AND EXISTS (SELECT 1 FROM events WHERE id = old.event_id) BEGIN
  UPDATE events_fts SET quotes = coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = old.event_id), '')
  WHERE rowid = old.event_id;
  UPDATE events SET source_count = (SELECT count(*) FROM event_sources WHERE event_id = old.event_id) WHERE id = old.event_id;
END;

-- The counts follow every single insert, delete and move (the five levels in one statement).
CREATE TRIGGER events_density_insert AFTER INSERT ON events WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  INSERT INTO event_density (timeline_id, batch_id, level, bucket, lane_id, kind, confidence, n)
  SELECT new.timeline_id, coalesce(new.batch_id, 0), l.level,
         CASE WHEN new.start_key >= 0 THEN new.start_key / l.width ELSE -((l.width - 1 - new.start_key) / l.width) END,
         coalesce(new.lane_id, 0), new.kind, new.confidence, 1
  FROM (SELECT 1 AS level, 11520 AS width UNION ALL SELECT 2, 92160 UNION ALL SELECT 3, 737280
        UNION ALL SELECT 4, 5898240 UNION ALL SELECT 5, 47185920) l
  WHERE true
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER events_density_delete AFTER DELETE ON events WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  UPDATE event_density SET n = n - 1
  WHERE timeline_id = old.timeline_id AND batch_id = coalesce(old.batch_id, 0) AND lane_id = coalesce(old.lane_id, 0)
    AND kind = old.kind AND confidence = old.confidence
    AND (level, bucket) IN (SELECT l.level, CASE WHEN old.start_key >= 0 THEN old.start_key / l.width ELSE -((l.width - 1 - old.start_key) / l.width) END
      FROM (SELECT 1 AS level, 11520 AS width UNION ALL SELECT 2, 92160 UNION ALL SELECT 3, 737280
            UNION ALL SELECT 4, 5898240 UNION ALL SELECT 5, 47185920) l);
END;

CREATE TRIGGER events_density_update AFTER UPDATE OF timeline_id, batch_id, start_key, lane_id, kind, confidence ON events
WHEN NOT EXISTS (SELECT 1 FROM bulk_writes) BEGIN
  UPDATE event_density SET n = n - 1
  WHERE timeline_id = old.timeline_id AND batch_id = coalesce(old.batch_id, 0) AND lane_id = coalesce(old.lane_id, 0)
    AND kind = old.kind AND confidence = old.confidence
    AND (level, bucket) IN (SELECT l.level, CASE WHEN old.start_key >= 0 THEN old.start_key / l.width ELSE -((l.width - 1 - old.start_key) / l.width) END
      FROM (SELECT 1 AS level, 11520 AS width UNION ALL SELECT 2, 92160 UNION ALL SELECT 3, 737280
            UNION ALL SELECT 4, 5898240 UNION ALL SELECT 5, 47185920) l);
  INSERT INTO event_density (timeline_id, batch_id, level, bucket, lane_id, kind, confidence, n)
  SELECT new.timeline_id, coalesce(new.batch_id, 0), l.level,
         CASE WHEN new.start_key >= 0 THEN new.start_key / l.width ELSE -((l.width - 1 - new.start_key) / l.width) END,
         coalesce(new.lane_id, 0), new.kind, new.confidence, 1
  FROM (SELECT 1 AS level, 11520 AS width UNION ALL SELECT 2, 92160 UNION ALL SELECT 3, 737280
        UNION ALL SELECT 4, 5898240 UNION ALL SELECT 5, 47185920) l
  WHERE true
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- Counts for what is already stored.
INSERT INTO event_density (timeline_id, batch_id, level, bucket, lane_id, kind, confidence, n)
SELECT e.timeline_id, coalesce(e.batch_id, 0), l.level,
       CASE WHEN e.start_key >= 0 THEN e.start_key / l.width ELSE -((l.width - 1 - e.start_key) / l.width) END AS b,
       coalesce(e.lane_id, 0), e.kind, e.confidence, count(*)
FROM events e, (SELECT 1 AS level, 11520 AS width UNION ALL SELECT 2, 92160 UNION ALL SELECT 3, 737280
                UNION ALL SELECT 4, 5898240 UNION ALL SELECT 5, 47185920) l
GROUP BY e.timeline_id, coalesce(e.batch_id, 0), l.level, b, coalesce(e.lane_id, 0), e.kind, e.confidence;
