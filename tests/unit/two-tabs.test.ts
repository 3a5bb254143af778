import { describe, expect, it } from 'vitest';
import { setLetterField } from '../../src/store/letter-draft';
import { undo } from '../../src/store/organisation-actions';
import {
  createProgressStore,
  followOtherTabs,
  STORAGE_KEY,
  STORAGE_VERSION,
  type ProgressStore,
} from '../../src/store/progress-store';
import { mergeSynced, sanitizeSynced, type SyncedFacts } from '../../src/store/saved';
import { MemoryStorage } from './memory-storage';
import { readSaved } from './saved-reader';

/** What storage holds now. */
const stored = (storage: Storage) =>
  sanitizeSynced((readSaved(storage) as { state?: unknown } | null)?.state);

/** A clock shared by the tabs of one browser, a millisecond a call. */
const clock = () => {
  let time = 1_764_000_000_000;
  return () => (time += 1);
};

/** Two tabs over one storage; neither hears of the other unless told (`sync`). */
function twoTabs() {
  const storage = new MemoryStorage();
  const now = clock();
  return {
    storage,
    a: createProgressStore(() => storage, now),
    b: createProgressStore(() => storage, now),
  };
}

const facts = (store: ProgressStore) => {
  const { ticks, choices, notes, letter, answers, language } = store.getState();
  return { ticks: Object.keys(ticks).sort(), choices, notes, letter, answers, language };
};

describe('two tabs over one storage', () => {
  it('tabs that never hear of each other, ticking in turn, lose no tick', () => {
    const { storage, a, b } = twoTabs();
    const ids = ['p1', 'p2', 'p3', 'p4', 'i1', 'i2', 'i3', 'i4', 'c1', 'c2', 'c3', 'c4'];
    ids.forEach((id, index) => {
      (index % 2 === 0 ? a : b).getState().toggleItem(id, true);
    });
    expect(Object.keys(stored(storage).ticks).sort()).toEqual([...ids].sort());
    // Each tab has taken in the other's ticks with its own writes.
    a.sync();
    b.sync();
    expect(facts(a).ticks).toEqual([...ids].sort());
    expect(facts(b)).toEqual(facts(a));
  });

  it('a tick, an untick, a note, a choice, a letter field, situation answers and the language made in two tabs all stay', () => {
    const { storage, a, b } = twoTabs();
    a.getState().toggleItem('x', true);
    a.getState().toggleItem('gone', true);
    b.sync();
    // From here on each tab acts without having heard of the other's changes.
    a.getState().toggleItem('gone', false);
    b.getState().toggleItem('y', true);
    a.getState().setNote('x', 'Акт № 5');
    b.getState().chooseOption('methods', 'self');
    setLetterField('inn', '7707083893', a);
    setLetterField('organisation', 'ООО «Ромашка»', b);
    b.getState().setLanguage('en');
    a.getState().toggleItem('z', true);
    a.getState().setAnswer('edition', 'prof');
    b.getState().setAnswer('services:edo', 'yes');

    const expected = {
      ticks: ['x', 'y', 'z'],
      choices: { methods: 'self' },
      notes: { x: 'Акт № 5' },
      letter: { inn: '7707083893', organisation: 'ООО «Ромашка»' },
      answers: { edition: 'prof', 'services:edo': 'yes' },
      language: 'en',
    };
    a.sync();
    b.sync();
    expect(facts(a)).toEqual(expected);
    expect(facts(b)).toEqual(expected);
    expect(Object.keys(stored(storage).ticks).sort()).toEqual(expected.ticks);
  });

  it('answers cleared in one tab and an answer given in the other: the later answer stays', () => {
    const { a, b } = twoTabs();
    a.getState().setAnswer('edition', 'prof');
    a.getState().setAnswer('services:edo', 'yes');
    b.sync();
    a.getState().clearAnswers();
    b.getState().setAnswer('services:fresh', 'yes');
    a.sync();
    b.sync();
    expect(facts(a).answers).toEqual({ 'services:fresh': 'yes' });
    expect(facts(b)).toEqual(facts(a));
  });

  it('of two changes to the same fact, the later one wins in both tabs', () => {
    const { a, b } = twoTabs();
    a.getState().toggleItem('x', true);
    b.sync();
    b.getState().toggleItem('x', false);
    a.getState().setNote('x', 'first');
    b.getState().setNote('x', 'second');
    a.sync();
    expect(facts(a)).toMatchObject({ ticks: [], notes: { x: 'second' } });
    expect(facts(b)).toEqual(facts(a));
  });

  it("a write made over another tab's newer save (a stale read) is mended by the next sync", () => {
    const storage = new MemoryStorage();
    const now = clock();
    const a = createProgressStore(() => storage, now);
    // Tab b reads storage as it was before a's latest write, as a browser's per-tab cache may.
    let stale: string | null = null;
    const lagging: Storage = Object.assign(Object.create(storage) as Storage, {
      getItem: (key: string) => (key === STORAGE_KEY ? stale : storage.getItem(key)),
      setItem: (key: string, value: string) => {
        storage.setItem(key, value);
      },
    });
    const b = createProgressStore(() => lagging, now);
    stale = storage.getItem(STORAGE_KEY);
    a.getState().toggleItem('x', true);
    b.getState().toggleItem('y', true);
    // b wrote without seeing x: storage lost it for a moment …
    expect(Object.keys(stored(storage).ticks)).toEqual(['y']);
    // … until a hears of b's write, merges, and writes what it knows back.
    a.sync();
    expect(Object.keys(stored(storage).ticks).sort()).toEqual(['x', 'y']);
    stale = storage.getItem(STORAGE_KEY);
    b.sync();
    expect(facts(b).ticks).toEqual(['x', 'y']);
    expect(facts(a).ticks).toEqual(['x', 'y']);
  });

  it('a reset clears what this tab knew, keeps what another tab added unseen, and undo brings it back', () => {
    const { a, b } = twoTabs();
    a.getState().toggleItem('x', true);
    a.getState().setNote('x', 'n');
    b.sync();
    b.getState().toggleItem('y', true);
    const before = a.getState().resetProgress();
    expect(facts(a)).toMatchObject({ ticks: ['y'], notes: {} });
    b.sync();
    expect(facts(b)).toMatchObject({ ticks: ['y'], notes: {} });
    undo(before, a);
    b.sync();
    expect(facts(b)).toMatchObject({ ticks: ['x', 'y'], notes: { x: 'n' } });
  });

  it('follows the storage event of another tab, and no other key', () => {
    const { storage, a, b } = twoTabs();
    const stop = followOtherTabs(b);
    a.getState().toggleItem('x', true);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(facts(b).ticks).toEqual([]);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(facts(b).ticks).toEqual(['x']);
    // Site data cleared in another tab: this tab writes back what it knows.
    storage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(Object.keys(stored(storage).ticks)).toEqual(['x']);
    stop();
    a.getState().toggleItem('y', true);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(facts(b).ticks).toEqual(['x']);
  });

  it('never writes when storage already holds what the tab knows', () => {
    const { storage, a, b } = twoTabs();
    a.getState().toggleItem('x', true);
    b.sync();
    const writes = storage.writes;
    a.sync();
    b.sync();
    expect(storage.writes).toBe(writes);
  });
});

describe('merging saved states', () => {
  const state = (overrides: Partial<SyncedFacts>): SyncedFacts => ({
    ...sanitizeSynced({}),
    ...overrides,
  });
  const one = state({
    ticks: { a: 10, b: 20 },
    notes: { a: 'old' },
    changed: { 'ticks:a': 10, 'ticks:b': 20, 'notes:a': 5, 'ticks:c': 30 },
  });
  const other = state({
    ticks: { c: 15, d: 25 },
    notes: { a: 'new' },
    changed: { 'ticks:c': 15, 'ticks:d': 25, 'notes:a': 7, 'ticks:b': 21 },
  });

  it('keeps the later change of each fact, a removal included', () => {
    const merged = mergeSynced(one, other);
    // b was unticked later in `other`; c was unticked later in `one`.
    expect(merged.ticks).toEqual({ a: 10, d: 25 });
    expect(merged.notes).toEqual({ a: 'new' });
  });

  it('gives the same result in either order, and merging again changes nothing', () => {
    const merged = mergeSynced(one, other);
    expect(mergeSynced(other, one)).toEqual(merged);
    expect(mergeSynced(merged, one)).toEqual(merged);
    expect(mergeSynced(merged, merged)).toEqual(merged);
  });

  it('keeps facts from saves made before change times were written', () => {
    const old = state({ ticks: { a: 10 }, choices: { methods: 'partner' } });
    expect(mergeSynced(old, state({ notes: { b: 'n' } }))).toMatchObject({
      ticks: { a: 10 },
      choices: { methods: 'partner' },
      notes: { b: 'n' },
    });
  });

  it('is written under the current version', () => {
    const { storage, a } = twoTabs();
    a.getState().toggleItem('x', true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      version: STORAGE_VERSION,
    });
  });
});
