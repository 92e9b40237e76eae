import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';
import { defaultDbPath, userDataDir } from '../../../backend/paths';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

describe('the sample timeline', () => {
  it('fills an empty project with 8–12 sourced events in three lanes', async () => {
    const id = b.seedSampleIfEmpty();
    expect(id).not.toBeNull();
    const [tl] = value(await b.api.listTimelines());
    expect(tl!.title).toBe('North Korean troops in Russia (Oct 2024)');
    const events = value(await b.api.listEvents({ timelineId: tl!.id }));
    expect(events.length).toBeGreaterThanOrEqual(8);
    expect(events.length).toBeLessThanOrEqual(12);
    expect(events.every((e) => e.sources.length > 0)).toBe(true);
    expect(value(await b.api.listLanes({ timelineId: tl!.id })).map((l) => l.name)).toEqual(['Military', 'Diplomacy', 'Analysis']);
    expect(events.some((e) => e.start.approximate)).toBe(true);
  });

  it('is added only to an empty project, and is not undoable', async () => {
    value(await b.api.createTimeline({ title: 'Mine' }));
    expect(b.seedSampleIfEmpty()).toBeNull();
    expect(value(await b.api.listTimelines()).map((t) => t.title)).toEqual(['Mine']);
    const fresh = tempBackend();
    try {
      fresh.seedSampleIfEmpty();
      expect(value(await fresh.api.undoState({}))).toMatchObject({ canUndo: false });
    } finally {
      fresh.cleanup();
    }
  });
});

describe('where data lives', () => {
  it('uses $CHRONIK_DB, else chronik.db in the per-platform user-data folder', () => {
    expect(defaultDbPath({ CHRONIK_DB: '/data/x.db' })).toBe('/data/x.db');
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Chronik');
    expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Chronik$/);
    expect(userDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Chronik$/);
  });
});
