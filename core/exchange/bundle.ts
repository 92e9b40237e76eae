/**
 * The timeline bundle: what every reader returns and every writer takes. It carries a timeline
 * without database ids — lanes and sources are referenced by keys local to the bundle — so a
 * bundle can be imported into any project.
 */
import { cleanDate, compareDates } from '../dates';
import type { EntityKind, Lane, Source, SourceLink, Timeline, TimelineEvent } from '../domain';

export interface BundleLane {
  key: string;
  name: string;
}

/** A source without its database id; events refer to it by `key`. */
export interface BundleSource extends Omit<Source, 'id' | 'hasText'> {
  key: string;
  /** The stored article text and sanitized HTML, when the project keeps them. */
  text: string | null;
  html: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

/** A citation: the source's bundle key instead of the source. */
export interface BundleLink extends Omit<SourceLink, 'source'> {
  source: string;
}

/** A person, organisation or place an event names, by kind and name (no database id), with its role. */
export interface BundleEntity {
  kind: EntityKind;
  name: string;
  role: string;
}

/** An event without database ids: its lane and sources by bundle key, its entities by kind and name. */
export interface BundleEvent extends Omit<TimelineEvent, 'id' | 'timelineId' | 'laneId' | 'sources' | 'entities' | 'createdAt' | 'updatedAt'> {
  lane: string | null;
  entities: BundleEntity[];
  sources: BundleLink[];
  createdAt: string | null;
  updatedAt: string | null;
}

export interface TimelineBundle {
  timeline: { title: string; description: string; createdAt: string | null; updatedAt: string | null };
  lanes: BundleLane[];
  sources: BundleSource[];
  events: BundleEvent[];
}

export { cleanDate } from '../dates';

/** What a source row holds beyond the contract's Source (the backend reads it for lossless export). */
export type SourceExtras = Partial<Pick<BundleSource, 'text' | 'html' | 'createdAt' | 'updatedAt'>>;

/**
 * Builds a bundle from what the backend lists. Sources get keys `s1…` in order of first citation
 * and lanes `l1…` in lane order, so the same timeline always gives the same bundle.
 */
export function bundleFromTimeline(
  timeline: Pick<Timeline, 'title' | 'description' | 'createdAt' | 'updatedAt'>,
  lanes: readonly Lane[],
  events: readonly TimelineEvent[],
  sourceExtras?: ReadonlyMap<number, SourceExtras>,
): TimelineBundle {
  const laneKey = new Map<number, string>();
  const orderedLanes = [...lanes].sort((a, b) => a.position - b.position || a.id - b.id);
  orderedLanes.forEach((l, i) => laneKey.set(l.id, `l${i + 1}`));
  const sourceKey = new Map<number, string>();
  const sources: BundleSource[] = [];
  const ordered = [...events].sort((a, b) => compareDates(a.start, b.start) || compareDates(a.end ?? a.start, b.end ?? b.start) || a.id - b.id);
  const out: BundleEvent[] = ordered.map((e) => ({
    title: e.title,
    description: e.description,
    kind: e.kind,
    start: cleanDate(e.start),
    end: e.end ? cleanDate(e.end) : null,
    location: e.location ? { name: e.location.name, lat: e.location.lat ?? null, lon: e.location.lon ?? null } : null,
    lane: e.laneId === null ? null : laneKey.get(e.laneId) ?? null,
    confidence: e.confidence,
    color: e.color,
    tags: [...e.tags],
    entities: (e.entities ?? []).map(({ kind, name, role }) => ({ kind, name, role })),
    sources: e.sources.map((l) => {
      let key = sourceKey.get(l.source.id);
      if (!key) {
        key = `s${sourceKey.size + 1}`;
        sourceKey.set(l.source.id, key);
        const s = l.source;
        const x = sourceExtras?.get(s.id);
        sources.push({
          key, url: s.url, title: s.title, publisher: s.publisher, author: s.author,
          publishedAt: s.publishedAt ? cleanDate(s.publishedAt) : null, accessedAt: s.accessedAt, language: s.language,
          contentHash: s.contentHash, text: x?.text ?? null, html: x?.html ?? null,
          createdAt: x?.createdAt ?? null, updatedAt: x?.updatedAt ?? null,
        });
      }
      return { source: key, quote: l.quote, quoteStart: l.quoteStart, quoteEnd: l.quoteEnd, datePhrase: l.datePhrase, stance: l.stance };
    }),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  }));
  return {
    timeline: { title: timeline.title, description: timeline.description, createdAt: timeline.createdAt, updatedAt: timeline.updatedAt },
    lanes: orderedLanes.map((l) => ({ key: laneKey.get(l.id)!, name: l.name })),
    sources,
    events: out,
  };
}

/** An empty bundle to fill by a reader. */
export function emptyBundle(title: string): TimelineBundle {
  return { timeline: { title, description: '', createdAt: null, updatedAt: null }, lanes: [], sources: [], events: [] };
}
