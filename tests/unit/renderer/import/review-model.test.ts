import { describe, expect, it } from 'vitest';
import type { ArticleDraft, Candidate } from '../../../../core/api';
import {
  carryDecisions, filterCounts, importPayload, proposal, segments, visibleRows, type Decision, type ReviewArticle,
} from '../../../../renderer/src/import/review-model';

const TEXT = 'Am Montag tagte der Rat. Am Dienstag wurde unterzeichnet.';

function cand(id: string, quote: string, extra: Partial<Candidate> = {}): Candidate {
  const at = TEXT.indexOf(quote);
  return {
    id, title: quote.slice(0, 20), description: '', kind: 'other', start: { value: '2025-03-03', precision: 'day' }, end: null,
    approximate: false, quote, quoteStart: at, quoteEnd: at + quote.length, datePhrase: '', datedBy: 'phrase', score: 0.8, background: false,
    duplicateOf: null, duplicateOfCandidate: null, ...extra,
  };
}

function article(candidates: Candidate[], key = 'a1'): ReviewArticle {
  const draft: ArticleDraft = {
    meta: { title: 'Rat', byline: '', publisher: '', url: null, language: 'de', publishedAt: null, publishedFrom: null },
    text: TEXT, html: null, contentHash: 'x', alreadyImported: null, needsPublishedAt: false, candidates, warnings: [],
  };
  return { key, label: 'Rat', input: { kind: 'text', text: TEXT }, draft, decisions: Object.fromEntries(candidates.map((c) => [c.id, proposal(c)])) };
}

describe('review model', () => {
  it('proposes a duplicate of a stored event as a merge into it', () => {
    const d = proposal(cand('c1', 'Am Montag tagte der Rat.', { duplicateOf: { eventId: 7, title: 'Ratssitzung' } }));
    expect(d).toEqual({ action: 'pending', edit: null, mergeInto: { kind: 'event', id: 7, title: 'Ratssitzung' } });
  });

  it('keeps decisions over a re-analysis where the quote is the same, and takes the new dates', () => {
    const old = article([cand('c1', 'Am Montag tagte der Rat.'), cand('c2', 'Am Dienstag wurde unterzeichnet.')]);
    old.decisions.c2 = { ...old.decisions.c2!, action: 'reject' };
    const next = article([cand('c1', 'Am Dienstag wurde unterzeichnet.', { start: { value: '2025-03-04', precision: 'day' } })]).draft;
    expect(carryDecisions(old, next)).toEqual({ c1: { action: 'reject', edit: null, mergeInto: null } });
  });

  it('sends undecided candidates as rejected, edits applied, and nothing when nothing is kept', () => {
    const a = article([cand('c1', 'Am Montag tagte der Rat.'), cand('c2', 'Am Dienstag wurde unterzeichnet.')]);
    expect(importPayload(a, new Map())).toBeNull();
    a.decisions.c1 = {
      action: 'accept', mergeInto: null,
      edit: { title: 'Rat tagt', kind: 'meeting', description: '', start: { value: '2025-03-03', precision: 'day' }, end: null, laneId: 4, confidence: 'confirmed', tags: ['Rat', 'Haushalt'] },
    };
    const p = importPayload(a, new Map())!;
    expect(p.decisions.map((d) => d.action)).toEqual(['accept', 'reject']);
    expect(p.decisions[0]!.candidate).toMatchObject({ title: 'Rat tagt', kind: 'meeting', quote: 'Am Montag tagte der Rat.', quoteStart: 0, laneId: 4, confidence: 'confirmed', tags: ['Rat', 'Haushalt'] });
    // Unedited candidates get no lane, "reported" and no tags.
    a.decisions.c2 = { ...a.decisions.c2!, action: 'accept' };
    expect(importPayload(a, new Map())!.decisions[1]!.candidate).toMatchObject({ laneId: null, confidence: 'reported', tags: [] });
  });

  it('merges into a candidate of an earlier article of the batch, else accepts as new', () => {
    const a = article([cand('c1', 'Am Montag tagte der Rat.')], 'a2');
    a.decisions.c1 = { action: 'merge', edit: null, mergeInto: { kind: 'candidate', ref: 'a1/c3', title: 'Rat' } };
    expect(importPayload(a, new Map([['a1', 0]]))!.decisions[0]).toMatchObject({ action: 'merge', mergeIntoCandidate: { article: 0, candidateId: 'c3' } });
    expect(importPayload(a, new Map())!.decisions[0]).toMatchObject({ action: 'accept' });
  });

  it('cuts a text into plain and marked segments, leaving out overlapping marks', () => {
    const s = segments('abcdefgh', [
      { start: 2, end: 4, id: 'x', className: 'accept' },
      { start: 3, end: 6, id: 'y', className: 'accept' },
      { start: 6, end: 8, id: 'z', className: 'reject' },
    ]);
    expect(s.map((p) => [p.text, p.mark?.id ?? null])).toEqual([['ab', null], ['cd', 'x'], ['ef', null], ['gh', 'z']]);
  });

  describe('sort and filter', () => {
    const day = (value: string) => ({ value, precision: 'day' as const });
    const rows = [
      { articleIndex: 0, candidate: cand('c1', 'Am Montag tagte der Rat.', { start: day('2025-03-05'), score: 0.5, datedBy: 'phrase' }) },
      { articleIndex: 0, candidate: cand('c2', 'Am Dienstag wurde unterzeichnet.', { start: day('2025-03-01'), score: 0.9, datedBy: 'publication', approximate: true }) },
      { articleIndex: 1, candidate: cand('c3', 'Am Montag tagte der Rat.', { start: null, score: 0.7, datedBy: null, duplicateOf: { eventId: 3, title: 'Rat' } }) },
      { articleIndex: 1, candidate: cand('c4', 'Am Dienstag wurde unterzeichnet.', { start: day('2025-03-03'), score: 0.7, datedBy: 'context' }) },
    ];
    const decisions: Record<string, Decision> = Object.fromEntries(rows.map((r) => [r.candidate.id, proposal(r.candidate)]));
    decisions.c4 = { ...decisions.c4!, action: 'reject' };
    const decisionOf = (r: (typeof rows)[number]) => decisions[r.candidate.id]!;
    const ids = (list: typeof rows) => list.map((r) => r.candidate.id);

    it('sorts by position in the article, by date (undated last) or by score (best first, ties in text order)', () => {
      expect(ids(visibleRows(rows, decisionOf, 'position', 'all'))).toEqual(['c1', 'c2', 'c3', 'c4']);
      expect(ids(visibleRows(rows, decisionOf, 'date', 'all'))).toEqual(['c2', 'c4', 'c1', 'c3']);
      expect(ids(visibleRows(rows, decisionOf, 'score', 'all'))).toEqual(['c2', 'c3', 'c4', 'c1']);
    });

    it('sorts by position in the text even where the analysis listed a candidate later', () => {
      const late = [rows[1]!, rows[0]!];
      expect(ids(visibleRows(late, decisionOf, 'position', 'all'))).toEqual(['c1', 'c2']);
    });

    it('sorts by the edited date when the analyst changed it', () => {
      const edited: Record<string, Decision> = { ...decisions, c1: { ...decisions.c1!, edit: { title: 'x', kind: 'other' as const, description: '', start: day('2025-02-01'), end: null, laneId: null, confidence: 'reported' as const, tags: [] } } };
      expect(ids(visibleRows(rows, (r) => edited[r.candidate.id]!, 'date', 'all'))[0]).toBe('c1');
    });

    it('filters open ones, those with a date phrase of their own, and duplicates; and counts each', () => {
      expect(ids(visibleRows(rows, decisionOf, 'position', 'open'))).toEqual(['c1', 'c2', 'c3']);
      expect(ids(visibleRows(rows, decisionOf, 'position', 'dated'))).toEqual(['c1']);
      expect(ids(visibleRows(rows, decisionOf, 'score', 'duplicates'))).toEqual(['c3']);
      expect(filterCounts(rows, decisionOf)).toEqual({ all: 4, open: 3, dated: 1, duplicates: 1 });
    });
  });
});
