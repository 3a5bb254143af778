import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import {
  createProgressStore,
  migrate,
  sanitize,
  STORAGE_KEY,
  STORAGE_VERSION,
} from '../../src/store/progress-store';

/** A storage the test can read and seed, standing in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StateStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
  return { storage, data };
}

const saved = (data: Map<string, string>): unknown => JSON.parse(data.get(STORAGE_KEY) ?? 'null');

describe('progress store', () => {
  it('writes ticks with their time and the choice, under a named, versioned key', () => {
    const { storage, data } = memoryStorage();
    let clock = 1_764_000_000_000;
    const store = createProgressStore(
      () => storage,
      () => clock++,
    );

    store.getState().toggleItem('prep-backups', true);
    store.getState().chooseOption('methods', 'self');

    expect(saved(data)).toEqual({
      state: { ticks: { 'prep-backups': 1_764_000_000_000 }, choices: { methods: 'self' } },
      version: STORAGE_VERSION,
    });
  });

  it('saves facts only: no texts, no functions', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().toggleItem('prep-backups', true);
    const raw = data.get(STORAGE_KEY) ?? '';
    expect(raw).not.toMatch(/[а-яё]/i);
    expect(Object.keys((saved(data) as { state: object }).state)).toEqual(['ticks', 'choices']);
  });

  it('reads saved progress back when a new page starts', () => {
    const { storage } = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        state: { ticks: { 'prep-no-debt': 5 }, choices: { methods: 'partner' } },
        version: STORAGE_VERSION,
      }),
    });
    const store = createProgressStore(() => storage);
    expect(store.getState().ticks).toEqual({ 'prep-no-debt': 5 });
    expect(store.getState().choices).toEqual({ methods: 'partner' });
  });

  it('keeps the first tick time when ticked twice and forgets it when unticked', () => {
    const { storage } = memoryStorage();
    let clock = 100;
    const store = createProgressStore(
      () => storage,
      () => clock++,
    );
    store.getState().toggleItem('a', true);
    store.getState().toggleItem('a', true);
    expect(store.getState().ticks).toEqual({ a: 100 });
    store.getState().toggleItem('a', false);
    expect(store.getState().ticks).toEqual({});
  });

  it('switching the choice keeps every tick', () => {
    const { storage } = memoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().chooseOption('methods', 'partner');
    store.getState().toggleItem('partner-application', true);
    store.getState().chooseOption('methods', 'self');
    store.getState().toggleItem('self-payments', true);
    store.getState().chooseOption('methods', 'partner');
    expect(Object.keys(store.getState().ticks).sort()).toEqual([
      'partner-application',
      'self-payments',
    ]);
    expect(store.getState().choices).toEqual({ methods: 'partner' });
  });

  it('resets to nothing ticked and nothing chosen, and saves that', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().toggleItem('a', true);
    store.getState().chooseOption('methods', 'self');
    store.getState().resetProgress();
    expect(saved(data)).toEqual({ state: { ticks: {}, choices: {} }, version: STORAGE_VERSION });
  });

  it('starts fresh from a save of the wrong shape instead of failing', () => {
    const { storage } = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        state: { ticks: ['a'], choices: { methods: 7, other: 'x' } },
        version: STORAGE_VERSION,
      }),
    });
    const store = createProgressStore(() => storage);
    expect(store.getState().ticks).toEqual({});
    expect(store.getState().choices).toEqual({ other: 'x' });
  });

  it('runs migrate for a save written under an older version', () => {
    const { storage } = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        state: { ticks: { a: 3, b: 'yesterday' }, choices: {} },
        version: 0,
      }),
    });
    const store = createProgressStore(() => storage);
    expect(store.getState().ticks).toEqual({ a: 3 });
  });
});

describe('sanitize and migrate', () => {
  it('drops malformed entries and keeps good ones', () => {
    expect(
      sanitize({
        ticks: { a: 1, b: -1, c: Number.NaN, d: '2', e: null },
        choices: { m: 'x', n: 1 },
      }),
    ).toEqual({ ticks: { a: 1 }, choices: { m: 'x' } });
  });

  it.each([null, 'text', 42, [], { ticks: null }])('turns %j into empty progress', (value) => {
    expect(sanitize(value)).toEqual({ ticks: {}, choices: {} });
  });

  it('brings a current-version save through unchanged', () => {
    const value = { ticks: { a: 1 }, choices: { methods: 'self' } };
    expect(migrate(value, STORAGE_VERSION)).toEqual(value);
  });
});
