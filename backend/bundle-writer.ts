/**
 * Writes a timeline bundle into the project — whole (the sample, a small file) or piece by piece
 * as a streamed file is read — under one batch: the rows stay invisible until the batch goes live
 * (db/bulk.ts), so a failed or cancelled import never shows, and undo is one state flip.
 */
import { ChronikError, type DataImportResult, type EntityKind, type Lane } from '../core/api';
import type { BundleEvent, BundleLane, BundlePieces, BundleSource, TimelineBundle } from '../core/exchange';
import { bulk, entities, eventColumns, now, sources, timelines, type DB } from '../db';
import { dateFields } from './events';
import { toDate } from './context';
import { requireTimeline } from './timelines';
import { sanitizeArticleHtml } from './article/html';

export interface WriterOptions {
  /** Import into this timeline; a new one is made when absent. */
  timelineId?: number;
  /** The new timeline's title (else the bundle's). */
  newTitle?: string;
  /** The batch the rows belong to; null writes visible rows at once (the sample). */
  batchId: number | null;
}

/** Density counts held in memory before they are written (about 20 MB). */
const HELD_COUNTS = 200_000;

const nocaseKey = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

export class BundleWriter {
  private tid: number | undefined;
  private existingLanes: Lane[] = [];
  private position = -1;
  private readonly laneIds = new Map<string, number>();
  private readonly sourceIds = new Map<string, number>();
  private readonly byHash = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();
  private readonly tags = new Map<string, number>();
  private readonly entityIds = new Map<string, number>();
  private timelineMeta: TimelineBundle['timeline'] | undefined;
  private readonly counts = new bulk.DensityCounts();
  eventsAdded = 0;
  sourcesAdded = 0;

  constructor(private readonly db: DB, private readonly o: WriterOptions) {
    if (o.timelineId !== undefined) {
      requireTimeline(db, o.timelineId);
      this.tid = o.timelineId;
      this.existingLanes = timelines.listLanes(db, o.timelineId);
      this.position = this.existingLanes.reduce((m, l) => Math.max(m, l.position), -1);
    }
  }

  /** The title the new timeline was given (a free one: “Title (2)” when taken); undefined until made. */
  newTimelineTitle: string | undefined;

  /** The timeline written into (made on first need when new). */
  get timelineId(): number {
    if (this.tid === undefined) {
      const t = now();
      const meta = this.timelineMeta;
      this.newTimelineTitle = timelines.freeTitle(this.db, this.o.newTitle?.trim() || meta?.title || 'Imported timeline');
      this.tid = timelines.insertTimeline(this.db, {
        title: this.newTimelineTitle,
        description: meta?.description ?? '',
        createdAt: meta?.createdAt ?? t,
        updatedAt: meta?.updatedAt ?? t,
        batchId: this.o.batchId,
      });
    }
    return this.tid;
  }

  /** Writes the pieces a reader produced (inside the caller's transaction). */
  write(p: BundlePieces): void {
    if (p.timeline && this.tid === undefined) this.timelineMeta = p.timeline;
    this.addLanes(p.lanes);
    this.addSources(p.sources);
    this.addEvents(p.events);
  }

  /** After the last piece, in the last transaction: the density counts of everything written. */
  end(): void {
    this.counts.write(this.db);
  }

  private addLanes(lanes: readonly BundleLane[]): void {
    for (const l of lanes) {
      const same = this.existingLanes.find((x) => x.name === l.name);
      this.laneIds.set(l.key, same ? same.id : timelines.insertLane(this.db, this.timelineId, l.name, ++this.position, this.o.batchId));
    }
  }

  /** A source already in the project (same content hash, else same URL) is cited, not duplicated. */
  private addSources(list: readonly BundleSource[]): void {
    const t = now();
    for (const s of list) {
      const found = (s.contentHash ? this.byHash.get(s.contentHash) ?? sources.findSourceByHash(this.db, s.contentHash)?.id : undefined)
        ?? (s.url ? this.byUrl.get(s.url) ?? sources.findSourceIdByUrl(this.db, s.url) : undefined);
      if (found !== undefined) {
        this.sourceIds.set(s.key, found);
        continue;
      }
      const publishedAt = s.publishedAt ? toDate(s.publishedAt, 'publishedAt') : null;
      const id = sources.insertSource(this.db, {
        url: s.url, title: s.title, publisher: s.publisher, author: s.author, publishedAt, accessedAt: s.accessedAt,
        language: s.language, contentHash: s.contentHash, text: s.text,
        // Stored article HTML is shown in the reader: sanitized as the article import does, whatever the file says.
        html: s.html ? sanitizeArticleHtml(s.html) : null, createdAt: s.createdAt ?? t, updatedAt: s.updatedAt ?? t,
      }, this.o.batchId);
      this.sourceIds.set(s.key, id);
      if (s.contentHash) this.byHash.set(s.contentHash, id);
      if (s.url) this.byUrl.set(s.url, id);
      this.sourcesAdded++;
    }
  }

  private tagId(name: string): number {
    const key = nocaseKey(name);
    let id = this.tags.get(key);
    if (id === undefined) this.tags.set(key, (id = bulk.tagId(this.db, name)));
    return id;
  }

  /** The id of an entity by kind and name (any case), created when new. */
  private entityId(kind: EntityKind, name: string): number {
    const key = `${kind}\u0000${name.toLowerCase()}`;
    let id = this.entityIds.get(key);
    if (id === undefined) this.entityIds.set(key, (id = entities.entityId(this.db, kind, name)));
    return id;
  }

  /**
   * Inserts events with the per-row triggers off, then indexes and counts them in one go. Rows are
   * checked in file order (so a message names the right event), then written in time order: the
   * time index is then written front to back instead of at random places.
   */
  private addEvents(list: readonly BundleEvent[]): void {
    if (!list.length) return;
    const db = this.db;
    const tid = this.timelineId;
    const t = now();
    const prepared = list.map((e, i) => {
      const n = this.eventsAdded + i + 1;
      const links = [...new Map(e.sources.map((l) => [this.sourceIds.get(l.source)!, l])).entries()];
      try {
        const start = toDate(e.start, 'start');
        const end = e.end ? toDate(e.end, 'end') : null;
        const row = {
          timeline_id: tid, kind: 'other', confidence: 'reported', description: '', color: null,
          location_name: null, location_lat: null, location_lon: null,
          ...eventColumns({ title: e.title, description: e.description, kind: e.kind, confidence: e.confidence, color: e.color, location: e.location }),
          lane_id: e.lane ? this.laneIds.get(e.lane) ?? null : null,
          ...dateFields(start, end),
          created_at: e.createdAt ?? t, updated_at: e.updatedAt ?? t,
          batch_id: this.o.batchId, source_count: links.length,
        } as bulk.BulkEventRow;
        return { e, row, links };
      } catch (err) {
        if (err instanceof ChronikError) throw new ChronikError(err.code, `Event ${n} (“${e.title}”): ${err.message}`, `events[${n - 1}]${err.field ? '.' + err.field : ''}`);
        throw err;
      }
    });
    prepared.sort((a, b) => (a.row.start_key as number) - (b.row.start_key as number));
    bulk.withoutTriggers(db, () => {
      const ids = bulk.insertEventRows(db, prepared.map((p) => p.row));
      const linkRows: bulk.BulkLinkRow[] = [];
      prepared.forEach(({ e, links }, i) => {
        const id = ids[i]!;
        links.forEach(([sourceId, l], position) => linkRows.push({
          event_id: id, source_id: sourceId, quote: l.quote, quote_start: l.quoteStart, quote_end: l.quoteEnd, date_phrase: l.datePhrase, stance: l.stance, position,
        }));
        for (const name of new Set(e.tags.map((x) => x.trim()).filter(Boolean))) bulk.insertEventTag(db, id, this.tagId(name));
        for (const en of e.entities ?? []) {
          const name = en.name.replace(/\s+/g, ' ').trim();
          if (name) bulk.insertEventEntity(db, id, this.entityId(en.kind, name), en.role.trim());
        }
      });
      bulk.insertLinkRows(db, linkRows);
      this.eventsAdded += prepared.length;
      for (const p of prepared) this.counts.add(p.row as bulk.BulkEventRow & { start_key: number });
      // Events scattered over millennia make a count each: written now rather than held (the batch is not live yet).
      if (this.counts.size > HELD_COUNTS) this.counts.write(db);
      bulk.indexInserted(db, ids[0]!, ids[ids.length - 1]!, false);
    });
  }

  /** What the import added (the timeline as it will be once the batch is live). */
  result(): DataImportResult {
    const tid = this.timelineId;
    return { timeline: timelines.getTimeline(this.db, tid) ?? requireTimeline(this.db, tid), eventsAdded: this.eventsAdded, sourcesAdded: this.sourcesAdded };
  }
}
