import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setLetterField } from '../../src/store/letter-draft';

import { undo } from '../../src/store/organisation-actions';
import {
  createProgressStore,
  emptySaved,
  ORGANISATIONS_KEY,
  organisationKey,
  migrate,
  NOTE_MAX_LENGTH,
  sanitize,
  STORAGE_KEY,
  STORAGE_VERSION,
} from '../../src/store/progress-store';
import { backupKeyFor } from '../../src/store/safe-storage';
import { DEVICE_NAME_MAX_LENGTH, packFacts, sanitizeSynced } from '../../src/store/saved';
import { MemoryStorage } from './memory-storage';
import { readSaved } from './saved-reader';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');

const saved = (storage: MemoryStorage): unknown => readSaved(storage);

/** A save of the given version: facts listed one by one, packed by id from version 5 on. */
const seeded = (state: unknown, version = STORAGE_VERSION) =>
  new MemoryStorage({
    [STORAGE_KEY]: JSON.stringify({
      state: version >= 5 ? packFacts(sanitizeSynced(state)) : state,
      version,
    }),
  });

describe('progress store', () => {
  it('writes ticks with their time, the choice, notes and the letter, under a named, versioned key', () => {
    const storage = new MemoryStorage();
    let clock = 1_764_000_000_000;
    const store = createProgressStore(
      () => storage,
      () => clock++,
    );

    store.getState().toggleItem('prep-backups', true);
    store.getState().chooseOption('methods', 'self');
    store.getState().setNote('prep-backups', 'Копия на сервере 2');
    setLetterField('inn', '7707083893', store);
    store.getState().setAnswer('edition', 'prof');

    expect(saved(storage)).toEqual({
      state: {
        ticks: { 'prep-backups': 1_764_000_000_000 },
        choices: { methods: 'self' },
        notes: { 'prep-backups': 'Копия на сервере 2' },
        letter: { inn: '7707083893' },
        answers: { edition: 'prof' },
        tickedBy: {},
        notedBy: {},
        // When each fact last changed, so that two tabs can merge what each did.
        changed: {
          'choices:methods': expect.any(Number) as number,
          'notes:prep-backups': expect.any(Number) as number,
          'letter:inn': expect.any(Number) as number,
          'answers:edition': expect.any(Number) as number,
        },
      },
      version: STORAGE_VERSION,
    });
    expect(store.storage.getHealth().issue).toBeNull();
  });

  it('saves facts only (the chosen language, when each fact changed): no procedure texts, no functions', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().toggleItem('prep-backups', true);
    expect(storage.getItem(STORAGE_KEY)).not.toMatch(/[а-яё]/i);
    expect(Object.keys((saved(storage) as { state: object }).state)).toEqual([
      'ticks',
      'choices',
      'notes',
      'letter',
      'answers',
      'tickedBy',
      'notedBy',
      'changed',
    ]);
  });

  it('reads saved progress back when a new page starts', () => {
    const storage = seeded({
      ticks: { 'prep-no-debt': 5 },
      choices: { methods: 'partner' },
      notes: { 'prep-no-debt': 'Акт сверки' },
    });
    const store = createProgressStore(() => storage);
    expect(store.getState()).toMatchObject({
      ticks: { 'prep-no-debt': 5 },
      choices: { methods: 'partner' },
      notes: { 'prep-no-debt': 'Акт сверки' },
    });
  });

  it('keeps the first tick time when ticked twice and forgets it when unticked', () => {
    let clock = 100;
    const store = createProgressStore(
      () => new MemoryStorage(),
      () => clock++,
    );
    store.getState().toggleItem('a', true);
    store.getState().toggleItem('a', true);
    expect(store.getState().ticks).toEqual({ a: 100 });
    store.getState().toggleItem('a', false);
    expect(store.getState().ticks).toEqual({});
  });

  it('switching the choice keeps every tick', () => {
    const store = createProgressStore(() => new MemoryStorage());
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

  it('caps notes at 500 characters and removes empty ones', () => {
    const store = createProgressStore(() => new MemoryStorage());
    store.getState().setNote('a', 'x'.repeat(NOTE_MAX_LENGTH + 20));
    expect(store.getState().notes.a).toHaveLength(NOTE_MAX_LENGTH);
    store.getState().setNote('a', '');
    expect(store.getState().notes).toEqual({});
  });

  it('resets to nothing, saves that, and hands back what was there for an undo', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().toggleItem('a', true);
    store.getState().chooseOption('methods', 'self');
    store.getState().setNote('a', 'n');
    setLetterField('organisation', 'ООО «Ромашка»', store);
    const before = store.getState().resetProgress();
    expect(saved(storage)).toMatchObject({
      state: { ticks: {}, choices: {}, notes: {}, letter: {} },
      version: STORAGE_VERSION,
    });
    undo(before, store);
    expect(store.getState()).toMatchObject({
      ticks: { a: expect.any(Number) as number },
      choices: { methods: 'self' },
      notes: { a: 'n' },
      letter: { organisation: 'ООО «Ромашка»' },
    });
  });

  it('keeps the letter draft as typed, caps each field and drops blank ones', () => {
    const store = createProgressStore(() => new MemoryStorage());
    setLetterField('reasonDetails', 'я'.repeat(NOTE_MAX_LENGTH + 5), store);
    setLetterField('inn', ' 7707', store);
    expect(store.getState().letter.reasonDetails).toHaveLength(NOTE_MAX_LENGTH);
    expect(store.getState().letter.inn).toBe(' 7707');
    setLetterField('inn', '  ', store);
    expect(store.getState().letter).not.toHaveProperty('inn');
  });
});

describe('failure modes of saved progress', () => {
  it('unreadable JSON: keeps the raw text under a backup key, starts fresh, reports it', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{"state": {"ticks": ' });
    const store = createProgressStore(() => storage);
    expect(store.getState().ticks).toEqual({});
    expect(store.storage.getHealth().issue).toEqual({
      kind: 'corrupt',
      raw: '{"state": {"ticks": ',
      backupKey: backupKeyFor(STORAGE_KEY),
    });
    expect(storage.getItem(backupKeyFor(STORAGE_KEY))).toBe('{"state": {"ticks": ');

    store.getState().toggleItem('a', true);
    expect(storage.getItem(backupKeyFor(STORAGE_KEY))).toBe('{"state": {"ticks": ');
    expect(store.storage.getHealth().issue?.kind).toBe('corrupt');
    store.storage.dismiss();
    expect(store.storage.getHealth().issue).toBeNull();
  });

  it.each([
    ['an array', '[1, 2]'],
    ['no version', '{"state": {"ticks": {}}}'],
    ['a string state', '{"state": "ticks", "version": 2}'],
  ])('wrong shape (%s) is treated as unreadable', (_label, raw) => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = createProgressStore(() => storage);
    expect(store.storage.getHealth().issue?.kind).toBe('corrupt');
    expect(storage.getItem(backupKeyFor(STORAGE_KEY))).toBe(raw);
  });

  it('blocked storage (reading localStorage throws): works in memory and says so', () => {
    const store = createProgressStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.storage.getHealth().issue).toEqual({ kind: 'blocked' });
    store.getState().toggleItem('a', true);
    store.getState().chooseOption('methods', 'self');
    expect(store.getState().ticks).toHaveProperty('a');
    expect(store.getState().choices).toEqual({ methods: 'self' });
  });

  it('no storage at all (localStorage is null, as in WebKit with site data off): says it is blocked', () => {
    const store = createProgressStore(() => null as unknown as Storage);
    expect(store.storage.getHealth().issue).toEqual({ kind: 'blocked' });
    store.getState().toggleItem('a', true);
    expect(store.getState().ticks).toHaveProperty('a');
  });

  it('blocked reads with a working object: reported, nothing lost in memory', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    const store = createProgressStore(() => storage);
    expect(store.storage.getHealth().issue).toEqual({ kind: 'blocked' });
    store.getState().toggleItem('a', true);
    expect(store.getState().ticks).toHaveProperty('a');
  });

  it('full storage: keeps state in memory, says so, and saves on the next change once there is room', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    storage.failWrites = 'quota';
    store.getState().toggleItem('a', true);
    expect(store.storage.getHealth().issue).toEqual({ kind: 'full' });
    expect(store.getState().ticks).toHaveProperty('a');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();

    storage.failWrites = null;
    store.getState().toggleItem('b', true);
    expect(store.storage.getHealth().issue).toBeNull();
    expect(Object.keys((saved(storage) as { state: { ticks: object } }).state.ticks)).toEqual([
      'a',
      'b',
    ]);
  });

  it('data from a newer version: shown as far as understood, never overwritten', () => {
    const raw = JSON.stringify({
      state: { entries: { a: { t: 7, x: 'unknown' } }, checkpoints: ['x'] },
      version: STORAGE_VERSION + 1,
    });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = createProgressStore(() => storage);
    expect(store.storage.getHealth().issue).toEqual({
      kind: 'newer',
      version: STORAGE_VERSION + 1,
    });
    expect(store.getState().ticks).toEqual({ a: 7 });

    store.getState().toggleItem('b', true);
    store.getState().resetProgress();
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(storage.writes).toBe(0);
  });

  it('ids the content no longer has are kept as saved, never a crash', () => {
    const storage = seeded({
      ticks: { 'no-such-item': 3 },
      choices: { methods: 'fax' },
      notes: {},
    });
    const store = createProgressStore(() => storage);
    expect(store.getState().ticks).toEqual({ 'no-such-item': 3 });
    expect(store.storage.getHealth().issue).toBeNull();
  });
});

describe('schema versions', () => {
  it('migrates a version 1 save (ticks and choices) to the current version and writes it back', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: fixture('saved-v1.json') });
    const store = createProgressStore(() => storage);
    expect(store.getState()).toMatchObject({
      ticks: { 'prep-contract-terms': 1_764_264_000_000, 'prep-no-debt': 1_764_264_060_000 },
      choices: { methods: 'partner' },
      notes: {},
    });
    expect(saved(storage)).toMatchObject({
      version: STORAGE_VERSION,
      state: { notes: {}, letter: {}, answers: {} },
    });
  });

  it('migrates a version 2 save (before the letter) with an empty draft, notes kept', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: fixture('saved-v2.json') });
    const store = createProgressStore(() => storage);
    expect(store.getState().notes).toEqual({ 'partner-application': 'Исх. № 214 от 24.11.2026' });
    expect(store.getState().letter).toEqual({});
    expect(saved(storage)).toMatchObject({ version: STORAGE_VERSION, state: { letter: {} } });
  });

  it('keeps the chosen language when it upgrades a version 2 save', () => {
    const storage = seeded(
      { ticks: { 'prep-no-debt': 5 }, choices: {}, notes: {}, language: 'en' },
      2,
    );
    const store = createProgressStore(() => storage);
    expect(store.getState().language).toBe('en');
    // The language now belongs to the device's list of organisations, beside organisation 1.
    expect(JSON.parse(storage.getItem(ORGANISATIONS_KEY) ?? 'null')).toMatchObject({
      version: STORAGE_VERSION,
      state: { organisations: { '1': 1 }, language: 'en' },
    });
    expect(saved(storage)).toMatchObject({
      version: STORAGE_VERSION,
      state: { ticks: { 'prep-no-debt': 5 } },
    });
    expect((saved(storage) as { state: object }).state).not.toHaveProperty('language');
  });

  it('migrates a version 3 save (before the situation check) with no answers, the letter kept', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: fixture('saved-v3.json') });
    const store = createProgressStore(() => storage);
    expect(store.getState().letter).toEqual({
      organisation: 'ООО «Ромашка»',
      inn: '7707083893',
      disconnectionDate: '2027-01-31',
    });
    expect(store.getState().answers).toEqual({});
    store.getState().toggleItem('prep-no-debt', true);
    expect(saved(storage)).toMatchObject({
      version: STORAGE_VERSION,
      state: { answers: {}, letter: { organisation: 'ООО «Ромашка»' } },
    });
  });

  it('upgrades the version 4 fixture: the one procedure becomes organisation 1, nothing lost', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: fixture('saved-v4.json') });
    const store = createProgressStore(() => storage);
    expect(store.getState()).toMatchObject({
      organisation: '1',
      organisations: { '1': 1 },
      answers: { edition: 'prof', 'services:reporting': 'yes', 'services:edo': 'yes' },
      ticks: {
        'prep-contract-terms': 1_764_264_000_000,
        'situation-reporting-channel': 1_764_350_400_000,
      },
      letter: { organisation: 'ООО «Ромашка»' },
    });
    const v4 = (JSON.parse(fixture('saved-v4.json')) as { state: Record<string, unknown> }).state;
    const { language: _language, changed, ...facts } = v4;
    // A tick's time is its change time: written once, not twice.
    const stamps = Object.fromEntries(
      Object.entries(changed as Record<string, number>).filter(
        ([key]) => !key.startsWith('ticks:'),
      ),
    );
    expect(saved(storage)).toEqual({
      state: { ...facts, tickedBy: {}, notedBy: {}, changed: stamps },
      version: STORAGE_VERSION,
    });
  });

  it('reads the current version 5 fixtures unchanged: two organisations, one in English', () => {
    const storage = new MemoryStorage({
      [STORAGE_KEY]: fixture('saved-v5.json'),
      [ORGANISATIONS_KEY]: fixture('saved-v5-organisations.json'),
      [organisationKey('3')]: fixture('saved-v5-org-3.json'),
    });
    const store = createProgressStore(() => storage, { address: () => '3' });
    expect(store.getState()).toMatchObject({
      organisation: '3',
      organisations: { '1': 1, '3': 3 },
      names: { '3': 'ООО «Лютик»' },
      language: 'en',
      ticks: { 'prep-no-debt': 1_764_400_000_000 },
    });
    expect(store.getState().openOrganisation('1')).toBe(true);
    expect(store.getState().answers).toEqual({
      edition: 'prof',
      'services:reporting': 'yes',
      'services:edo': 'yes',
    });
    expect(storage.writes).toBe(0);
  });

  it('applies the steps cumulatively from any older version', () => {
    expect(migrate({ ticks: { a: 1 }, choices: {} }, 1)).toEqual({
      ticks: { a: 1 },
      choices: {},
      notes: {},
      letter: {},
      answers: {},
      tickedBy: {},
      notedBy: {},
    });
    expect(migrate({ ticks: { a: 1 } }, 0)).toEqual({
      ticks: { a: 1 },
      choices: {},
      notes: {},
      letter: {},
      answers: {},
      tickedBy: {},
      notedBy: {},
    });
    expect(migrate('garbage', 1)).toEqual(emptySaved());
  });

  it('sanitize drops malformed entries and keeps good ones', () => {
    expect(
      sanitize({
        ticks: { a: 1, b: -1, c: Number.NaN, d: '2', e: null },
        choices: { m: 'x', n: 1 },
        notes: { a: 'ok', b: 3, c: '' },
        letter: { inn: '7707083893', kpp: 773601001, organisation: ' ' },
        answers: { edition: 'prof', tariff: 2, 'services:edo': 'yes' },
        tickedBy: { a: 'Иванова А. А.', b: 5, c: '' },
        notedBy: { a: 'И'.repeat(200) },
      }),
    ).toEqual({
      ticks: { a: 1 },
      choices: { m: 'x' },
      notes: { a: 'ok' },
      letter: { inn: '7707083893' },
      answers: { edition: 'prof', 'services:edo': 'yes' },
      tickedBy: { a: 'Иванова А. А.' },
      notedBy: { a: 'И'.repeat(DEVICE_NAME_MAX_LENGTH) },
    });
  });

  it.each([null, 'text', 42, [], { ticks: null }])(
    'sanitize turns %j into empty progress',
    (value) => {
      expect(sanitize(value)).toEqual(emptySaved());
    },
  );
});
