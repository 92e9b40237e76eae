import sample from '../resources/sample/north-korean-troops-2024.json';
import { insertRow, now, stmt, type DB } from '../db';
import { insertEvent } from './events';
import { insertSource, linkSource } from './sources';
import type { EventKind, Confidence, Stance } from '../core/api';

interface SampleEvent {
  title: string;
  description: string;
  kind: string;
  start: string;
  end?: string;
  lane: string;
  confidence: string;
  location?: { name: string; lat?: number; lon?: number };
  tags?: string[];
  sources: { source: string; quote?: string; stance: string }[];
}

/**
 * Fills an empty project with the sample timeline so a first start shows real content. Not
 * journalled: undo should never make the sample vanish. Returns the new timeline's id, or null
 * when the project already holds a timeline.
 */
export function seedSampleIfEmpty(db: DB): number | null {
  return db.transaction(() => {
    const { n } = stmt(db, 'SELECT count(*) AS n FROM timelines').get() as { n: number };
    if (n > 0) return null;
    const t = now();
    const timelineId = insertRow(db, 'timelines', { title: sample.title, description: sample.description, created_at: t, updated_at: t });
    const lanes = new Map<string, number>();
    sample.lanes.forEach((name, position) => lanes.set(name, insertRow(db, 'lanes', { timeline_id: timelineId, name, position })));
    const sources = new Map<string, number>();
    for (const s of sample.sources) {
      sources.set(s.key, insertSource(db, { url: s.url, title: s.title, publisher: s.publisher, publishedAt: s.publishedAt ?? null, language: s.language }));
    }
    for (const e of sample.events as SampleEvent[]) {
      const eventId = insertEvent(db, {
        timelineId,
        title: e.title,
        description: e.description,
        kind: e.kind as EventKind,
        start: e.start,
        end: e.end ?? null,
        laneId: lanes.get(e.lane) ?? null,
        confidence: e.confidence as Confidence,
        location: e.location ?? null,
        tags: e.tags ?? [],
      });
      for (const l of e.sources) linkSource(db, { eventId, sourceId: sources.get(l.source)!, quote: l.quote ?? '', stance: l.stance as Stance });
    }
    return timelineId;
  })();
}
