import type { Source } from '../core/api';
import { sourceFromRow, type SourceSummaryRow } from './rows';
import { stmt, type DB } from './statements';

export const SOURCE_SUMMARY_COLUMNS = [
  'id', 'url', 'title', 'publisher', 'author', 'published_value', 'published_precision',
  'accessed_at', 'language', 'content_hash', 'created_at', 'updated_at',
] as const;

const SELECT = `SELECT ${SOURCE_SUMMARY_COLUMNS.join(', ')}, text IS NOT NULL AS has_text FROM sources`;

export function listSources(db: DB): Source[] {
  return (stmt(db, `${SELECT} ORDER BY title COLLATE NOCASE, id`).all() as SourceSummaryRow[]).map(sourceFromRow);
}

export function getSource(db: DB, id: number): Source | undefined {
  const r = stmt(db, `${SELECT} WHERE id = ?`).get(id) as SourceSummaryRow | undefined;
  return r && sourceFromRow(r);
}

export function findSourceByHash(db: DB, hash: string): Source | undefined {
  const r = stmt(db, `${SELECT} WHERE content_hash = ?`).get(hash) as SourceSummaryRow | undefined;
  return r && sourceFromRow(r);
}

export function getSourceText(db: DB, id: number): { text: string | null; html: string | null } | undefined {
  return stmt(db, 'SELECT text, html FROM sources WHERE id = ?').get(id) as { text: string | null; html: string | null } | undefined;
}
