import { ChronikError, type UndoState } from '../../core/api';
import { journal, type DB } from '../../db';
import type { Context, Handlers } from './context';

type HistoryHandlers = Pick<Handlers, 'undo' | 'redo' | 'undoState' | 'history'>;

function state(db: DB, timelineId: number | null): UndoState {
  const u = journal.lastDone(db, timelineId);
  const r = journal.nextUndone(db, timelineId);
  return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
}

export function historyHandlers(ctx: Context): HistoryHandlers {
  const { db } = ctx;
  const step = (direction: 'undo' | 'redo', timelineId: number | null) =>
    db.transaction(() => {
      const entry = direction === 'undo' ? journal.lastDone(db, timelineId) : journal.nextUndone(db, timelineId);
      if (!entry) throw new ChronikError('CONFLICT', direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
      journal.applyEntry(db, entry, direction);
      return state(db, timelineId);
    })();
  return {
    undo: ({ timelineId }) => step('undo', timelineId ?? null),
    redo: ({ timelineId }) => step('redo', timelineId ?? null),
    undoState: ({ timelineId }) => state(db, timelineId ?? null),
    history: ({ timelineId, limit }) => journal.listJournal(db, timelineId ?? null, limit ?? 100),
  };
}
