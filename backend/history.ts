import { ChronikError, type Language, type UndoState } from '../core/api';
import { journal, type DB } from '../db';
import type { Context, Handlers } from './context';

type HistoryHandlers = Pick<Handlers, 'undo' | 'redo' | 'undoState' | 'history'>;

function state(db: DB, timelineId: number | null, locale: Language): UndoState {
  const u = journal.lastDone(db, timelineId);
  const r = journal.nextUndone(db, timelineId);
  return { canUndo: !!u, canRedo: !!r, undoLabel: u ? journal.entryLabel(u, locale) : null, redoLabel: r ? journal.entryLabel(r, locale) : null };
}

export function historyHandlers(ctx: Context): HistoryHandlers {
  const { db } = ctx;
  const step = (direction: 'undo' | 'redo', timelineId: number | null, locale: Language) =>
    db.transaction(() => {
      const entry = direction === 'undo' ? journal.lastDone(db, timelineId) : journal.nextUndone(db, timelineId);
      if (!entry) throw new ChronikError('CONFLICT', direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
      journal.applyEntry(db, entry, direction);
      return state(db, timelineId, locale);
    })();
  return {
    undo: ({ timelineId, locale }) => step('undo', timelineId ?? null, locale ?? 'en'),
    redo: ({ timelineId, locale }) => step('redo', timelineId ?? null, locale ?? 'en'),
    undoState: ({ timelineId, locale }) => state(db, timelineId ?? null, locale ?? 'en'),
    history: ({ timelineId, limit, locale }) => journal.listJournal(db, timelineId ?? null, limit ?? 100, locale ?? 'en'),
  };
}
