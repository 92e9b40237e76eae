-- Chronik schema 1: timelines, lanes, events with sortable dates, sources and their quotes,
-- tags, entities, the change journal, settings and full-text search.

CREATE TABLE timelines (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL CHECK (length(title) > 0),
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE lanes (
  id          INTEGER PRIMARY KEY,
  timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lanes_timeline ON lanes(timeline_id, position);

-- Dates follow core/dates: a normalised value with its precision and flags, the phrase it came
-- from, and integer sort keys (minutes since 1970, start edge and end edge) for range scans.
CREATE TABLE events (
  id                INTEGER PRIMARY KEY,
  timeline_id       INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
  title             TEXT NOT NULL CHECK (length(title) > 0),
  description       TEXT NOT NULL DEFAULT '',
  kind              TEXT NOT NULL DEFAULT 'other',
  start_value       TEXT NOT NULL,
  start_precision   TEXT NOT NULL CHECK (start_precision IN ('year','month','day','minute')),
  start_approximate INTEGER NOT NULL DEFAULT 0,
  start_uncertain   INTEGER NOT NULL DEFAULT 0,
  start_original    TEXT,
  end_value         TEXT,
  end_precision     TEXT CHECK (end_precision IS NULL OR end_precision IN ('year','month','day','minute')),
  end_approximate   INTEGER NOT NULL DEFAULT 0,
  end_uncertain     INTEGER NOT NULL DEFAULT 0,
  end_original      TEXT,
  start_key         INTEGER NOT NULL,
  end_key           INTEGER NOT NULL,
  location_name     TEXT,
  location_lat      REAL,
  location_lon      REAL,
  lane_id           INTEGER REFERENCES lanes(id) ON DELETE SET NULL,
  confidence        TEXT NOT NULL DEFAULT 'reported' CHECK (confidence IN ('confirmed','reported','claimed','disputed')),
  color             TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK (end_key >= start_key)
);
CREATE INDEX events_window ON events(timeline_id, start_key, end_key);
CREATE INDEX events_lane ON events(lane_id);

CREATE TABLE sources (
  id           INTEGER PRIMARY KEY,
  url          TEXT,
  title        TEXT NOT NULL DEFAULT '',
  publisher    TEXT NOT NULL DEFAULT '',
  author       TEXT NOT NULL DEFAULT '',
  published_value     TEXT,
  published_precision TEXT,
  accessed_at  TEXT,
  language     TEXT,
  content_hash TEXT,
  text         TEXT,
  html         TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX sources_url ON sources(url);
CREATE UNIQUE INDEX sources_hash ON sources(content_hash) WHERE content_hash IS NOT NULL;

CREATE TABLE event_sources (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  quote       TEXT NOT NULL DEFAULT '',
  quote_start INTEGER,
  quote_end   INTEGER,
  date_phrase TEXT NOT NULL DEFAULT '',
  stance      TEXT NOT NULL DEFAULT 'reports' CHECK (stance IN ('confirms','reports','disputes')),
  position    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, source_id)
);
CREATE INDEX event_sources_source ON event_sources(source_id);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE event_tags (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, tag_id)
);
CREATE INDEX event_tags_tag ON event_tags(tag_id);

CREATE TABLE entities (
  id   INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person','organisation','place')),
  name TEXT NOT NULL,
  UNIQUE (kind, name)
);
CREATE TABLE event_entities (
  event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, entity_id, role)
);

-- Every change as one entry: the snapshots before and after of every row it touched, so undo
-- and redo survive a restart, and an audit trail of who changed what when.
CREATE TABLE journal (
  id          INTEGER PRIMARY KEY,
  timeline_id INTEGER,
  label       TEXT NOT NULL,
  changes     TEXT NOT NULL,
  actor       TEXT NOT NULL DEFAULT '',
  state       TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done','undone','dropped')),
  created_at  TEXT NOT NULL
);
CREATE INDEX journal_state ON journal(state, timeline_id, id);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Full-text search over titles, descriptions and quotes; rebuilt per event by the repository.
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, description, quotes,
  tokenize = 'unicode61 remove_diacritics 2'
);
