import { describe, expect, it } from 'vitest';
import { fitView, labelRoom, openingView, projectionOf, viewKey, windowQuestion } from '../../../core/canvas/first-view';
import { calendarProjection, deepProjection } from '../../../core/canvas/projection';
import type { EventSummary } from '../../../core/api';

const ev = (value: string, end?: string) => ({ start: { value, precision: 'day' }, end: end ? { value: end, precision: 'day' } : null }) as unknown as EventSummary;

describe("the canvas's first view and window (shared by the canvas and the backend's opening)", () => {
  it('fits all events with room on the right for the last event\'s label, as long as that label', () => {
    const x = (v: { startMs: number; endMs: number }, at: string, px: number) => ((Date.parse(at) - v.startMs) / (v.endMs - v.startMs)) * px;
    const titled = (title: string, value: string, end?: string) => ({ ...ev(value, end), title }) as EventSummary;
    const long = 'Foreign ministers meet in Geneva for talks'; // 42 letters: about 320 px
    const v = fitView({ first: ev('2020-01-01'), last: titled(long, '2021-01-01') }, 1000, calendarProjection)!;
    expect(v.startMs).toBeLessThan(Date.parse('2020-01-01'));
    expect(x(v, '2021-01-01', 1000)).toBeGreaterThan(660);
    expect(x(v, '2021-01-01', 1000) + labelRoom(long)).toBeLessThanOrEqual(1001);
    // A short title needs less room: the events take more of the canvas.
    const short = fitView({ first: ev('2020-01-01'), last: titled('Truce', '2021-01-01') }, 1000, calendarProjection)!;
    expect(x(short, '2021-01-01', 1000)).toBeGreaterThan(900);
    // On a narrow canvas the label never takes more than 45 % of it.
    const narrow = fitView({ first: ev('2020-01-01'), last: titled(long, '2021-01-01') }, 500, calendarProjection)!;
    expect(x(narrow, '2021-01-01', 500)).toBeGreaterThan(270);
    // A last event lasting long enough carries its label inside its bar: no room after it but the margin.
    const range = fitView({ first: ev('2020-01-01'), last: titled(long, '2020-06-01', '2021-06-01') }, 1000, calendarProjection)!;
    expect(x(range, '2021-06-01', 1000)).toBeGreaterThan(950);
  });

  it('opens on the saved view, kept apart for deep time', () => {
    const extent = { first: ev('2020-01-01'), last: ev('2021-01-01') };
    const saved = { '7': { start: '2020-03-01T00:00:00.000Z', end: '2020-04-01T00:00:00.000Z' } };
    expect(openingView(7, extent, saved, 500)).toMatchObject({ saved: true, view: { startMs: Date.parse('2020-03-01'), endMs: Date.parse('2020-04-01'), px: 500 } });
    expect(openingView(8, extent, saved, 500)?.saved).toBe(false);
    const deep = { first: ev('-65000000'), last: ev('2024') };
    expect(projectionOf(deep)).toBe(deepProjection);
    expect(viewKey(7, deepProjection)).toBe('7:deep');
    expect(openingView(7, deep, saved, 500)?.saved).toBe(false);
    expect(openingView(7, { first: null, last: null }, undefined, 500)).toBeNull();
  });

  it('asks for three views with about one count bar per 6 px, within what the backend takes on a very wide screen', () => {
    const q = windowQuestion({ startMs: 0, endMs: 1_000_000, px: 1000 }, calendarProjection);
    expect([q.fromMs, q.toMs]).toEqual([-1_000_000, 2_000_000]);
    expect(q.buckets).toBe(500);
    // A 5K monitor: 3 × 5000 / 6 = 2500 buckets would be refused (at most 2000).
    expect(windowQuestion({ startMs: 0, endMs: 1_000_000, px: 5000 }, calendarProjection).buckets).toBe(2000);
  });
});
