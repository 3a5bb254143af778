import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import { knownIds } from '../../src/engine/content-ids';
import { overallCount } from '../../src/engine/progress';
import { planImport } from '../../src/store/import-plan';
import { setLetterField } from '../../src/store/letter-draft';
import {
  addOrganisation,
  importOrganisations,
  removeOrganisation,
  renameOrganisation,
  settleRemovals,
  undo,
} from '../../src/store/organisation-actions';
import { fileOrganisations, readOrganisations } from '../../src/store/organisation-rows';
import {
  createProgressStore,
  followOtherTabs,
  organisationIds,
  ORGANISATIONS_KEY,
  organisationKey,
  STORAGE_KEY,
} from '../../src/store/progress-store';
import { emptySaved } from '../../src/store/saved';
import { MemoryStorage } from './memory-storage';
import { readSaved } from './saved-reader';

const read = (storage: MemoryStorage, key: string): unknown =>
  key === ORGANISATIONS_KEY ? JSON.parse(storage.getItem(key) ?? 'null') : readSaved(storage, key);

describe('organisations', () => {
  it('starts with organisation 1 alone and writes no list until something changes', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    expect(store.getState()).toMatchObject({ organisation: '1', organisations: { '1': 1 } });
    store.getState().toggleItem('prep-backups', true);
    expect(storage.getItem(ORGANISATIONS_KEY)).toBeNull();
    expect(read(storage, STORAGE_KEY)).toMatchObject({
      state: { ticks: { 'prep-backups': expect.any(Number) as number } },
    });
  });

  it('adds an organisation, opens it empty, and keeps each one its own facts', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, { now: () => 1 });
    store.getState().toggleItem('prep-backups', true);
    store.getState().chooseOption('methods', 'partner');
    const id = addOrganisation(store);
    expect(id).toBe('2');
    expect(store.getState()).toMatchObject({ organisation: '2', ticks: {}, choices: {} });
    store.getState().toggleItem('prep-no-debt', true);
    setLetterField('organisation', 'ООО «Лютик»', store);
    store.getState().setAnswer('edition', 'base');

    expect(read(storage, organisationKey('2'))).toMatchObject({
      state: {
        ticks: { 'prep-no-debt': 1 },
        letter: { organisation: 'ООО «Лютик»' },
        answers: { edition: 'base' },
      },
      version: 5,
    });
    expect(read(storage, STORAGE_KEY)).toMatchObject({
      state: { ticks: { 'prep-backups': 1 }, choices: { methods: 'partner' }, letter: {} },
    });
    expect(store.getState().openOrganisation('1')).toBe(true);
    expect(store.getState()).toMatchObject({
      organisation: '1',
      ticks: { 'prep-backups': 1 },
      choices: { methods: 'partner' },
      answers: {},
    });
    // A new page on the same device, at organisation 2's address.
    const again = createProgressStore(() => storage, { address: () => '2' });
    expect(again.getState()).toMatchObject({
      organisation: '2',
      organisations: { '1': 1, '2': 2 },
      ticks: { 'prep-no-debt': 1 },
    });
  });

  it('an address naming no organisation here opens the first one and says which was asked', () => {
    const storage = new MemoryStorage();
    addOrganisation(createProgressStore(() => storage));
    const store = createProgressStore(() => storage, { address: () => '7' });
    expect(store.getState()).toMatchObject({ organisation: '1', missing: '7' });
    store.getState().dismissMissing();
    expect(store.getState().missing).toBeNull();
    expect(store.getState().openOrganisation('7')).toBe(false);
  });

  it('renames, trims and caps a name; a blank name gives back the default', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    renameOrganisation('1', '  ООО «Ромашка»  ', store);
    expect(store.getState().names).toEqual({ '1': 'ООО «Ромашка»' });
    renameOrganisation('1', 'я'.repeat(300), store);
    expect(store.getState().names['1']).toHaveLength(120);
    renameOrganisation('1', '   ', store);
    expect(store.getState().names).toEqual({});
    renameOrganisation('9', 'Нет такой', store);
    expect(store.getState().names).toEqual({});
  });

  it('removes an organisation (never the last), opens another, and undo brings it all back', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    expect(removeOrganisation('1', store)).toBeNull();
    addOrganisation(store);
    renameOrganisation('2', 'ООО «Лютик»', store);
    store.getState().toggleItem('prep-no-debt', true);
    const change = removeOrganisation('2', store);
    expect(change).not.toBeNull();
    expect(store.getState()).toMatchObject({ organisation: '1', organisations: { '1': 1 } });
    expect(store.getState().names).toEqual({});
    // Its data stays saved until the removal settles, so that undo can bring it back.
    expect(storage.getItem(organisationKey('2'))).not.toBeNull();
    if (change) undo(change, store);
    expect(store.getState()).toMatchObject({
      organisation: '2',
      organisations: { '1': 1, '2': 2 },
      names: { '2': 'ООО «Лютик»' },
    });
    expect(Object.keys(store.getState().ticks)).toEqual(['prep-no-debt']);
  });

  it("never gives a removed organisation's number to a new one", () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    addOrganisation(store);
    removeOrganisation('2', store);
    expect(addOrganisation(store)).toBe('3');
  });

  it("deletes a removed organisation's data once the removal has long settled", () => {
    const storage = new MemoryStorage();
    const clock = 1_764_000_000_000;
    const store = createProgressStore(() => storage, { now: () => clock });
    addOrganisation(store);
    store.getState().toggleItem('prep-no-debt', true);
    removeOrganisation('2', store);
    settleRemovals(store, clock + 60 * 1000);
    expect(storage.getItem(organisationKey('2'))).not.toBeNull();
    settleRemovals(store, clock + 11 * 60 * 1000);
    expect(storage.getItem(organisationKey('2'))).toBeNull();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('resets only the open organisation', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().toggleItem('prep-backups', true);
    addOrganisation(store);
    store.getState().toggleItem('prep-no-debt', true);
    store.getState().resetProgress();
    expect(store.getState().ticks).toEqual({});
    store.getState().openOrganisation('1');
    expect(Object.keys(store.getState().ticks)).toEqual(['prep-backups']);
  });

  it('imports into several organisations at once, replacing or adding, and undo takes it back', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().toggleItem('prep-backups', true);
    addOrganisation(store);
    store.getState().toggleItem('prep-no-debt', true);
    const progress = (ticks: Record<string, number>) => ({ ...emptySaved(), ticks });
    const change = importOrganisations(
      [
        { target: '1', name: undefined, progress: progress({ 'prep-contract-terms': 5 }) },
        { target: null, name: 'ООО «Василёк»', progress: progress({ 'prep-documents': 6 }) },
      ],
      store,
    );
    expect(change.added).toEqual(['3']);
    expect(store.getState()).toMatchObject({
      organisation: '2',
      organisations: { '1': 1, '2': 2, '3': 3 },
      names: { '3': 'ООО «Василёк»' },
    });
    expect(read(storage, STORAGE_KEY)).toMatchObject({
      state: { ticks: { 'prep-contract-terms': 5 } },
    });
    expect(read(storage, organisationKey('3'))).toMatchObject({
      state: { ticks: { 'prep-documents': 6 } },
    });
    undo(change, store);
    expect(store.getState().organisations).toEqual({ '1': 1, '2': 2 });
    store.getState().openOrganisation('1');
    expect(Object.keys(store.getState().ticks)).toEqual(['prep-backups']);
  });
});

describe('moving every organisation to a fresh device', () => {
  it('export all, import all: every organisation back with its name and ticks; undo takes it back', () => {
    const device = new MemoryStorage();
    const here = createProgressStore(() => device, { now: () => 1_764_000_000_000 });
    const storage = new MemoryStorage();
    renameOrganisation('1', 'ООО «Ромашка»', here);
    here.getState().toggleItem('prep-backups', true);
    addOrganisation(here);
    here.getState().toggleItem('prep-no-debt', true);
    setLetterField('organisation', 'ООО «Лютик»', here);
    const file = fileOrganisations(organisationIds(here.getState()), here);

    const there = createProgressStore(() => storage);
    const plan = planImport(file, {
      local: readOrganisations((number) => `Организация ${String(number)}`, there),
      open: '1',
      single: false,
      nameOf: (organisation) => ({
        name: organisation.name ?? organisation.progress.letter.organisation ?? '',
        named: true,
      }),
    });
    expect(plan.map((step) => [step.name, step.target?.id ?? null])).toEqual([
      ['ООО «Ромашка»', '1'],
      ['ООО «Лютик»', null],
    ]);
    const change = importOrganisations(
      plan.map(({ incoming, target }) => ({
        target: target?.id ?? null,
        name: incoming.name,
        progress: incoming.progress,
      })),
      there,
    );
    const rows = readOrganisations((number) => `Организация ${String(number)}`, there);
    expect(
      rows.map((row) => [row.name, Object.keys(row.facts === 'unreadable' ? {} : row.facts.ticks)]),
    ).toEqual([
      ['ООО «Ромашка»', ['prep-backups']],
      ['ООО «Лютик»', ['prep-no-debt']],
    ]);
    undo(change, there);
    expect(there.getState()).toMatchObject({ organisations: { '1': 1 }, names: {}, ticks: {} });
  });
});

describe('organisations in two tabs', () => {
  const tabs = () => {
    const storage = new MemoryStorage();
    const a = createProgressStore(() => storage);
    const b = createProgressStore(() => storage);
    return { storage, a, b };
  };

  it('different organisations open: neither disturbs the other', () => {
    const { storage, a, b } = tabs();
    addOrganisation(a);
    b.sync();
    expect(b.getState().organisations).toEqual({ '1': 1, '2': 2 });
    a.getState().toggleItem('prep-no-debt', true);
    b.getState().toggleItem('prep-backups', true);
    a.sync();
    b.sync();
    expect(Object.keys(a.getState().ticks)).toEqual(['prep-no-debt']);
    expect(Object.keys(b.getState().ticks)).toEqual(['prep-backups']);
    expect(read(storage, organisationKey('2'))).toMatchObject({
      state: { ticks: { 'prep-no-debt': expect.any(Number) as number } },
    });
  });

  it('the same organisation open in both: each tick is kept', () => {
    const { a, b } = tabs();
    addOrganisation(a);
    b.sync();
    b.getState().openOrganisation('2');
    a.getState().toggleItem('prep-no-debt', true);
    b.getState().toggleItem('prep-backups', true);
    a.sync();
    expect(Object.keys(a.getState().ticks).sort()).toEqual(['prep-backups', 'prep-no-debt']);
    expect(Object.keys(b.getState().ticks).sort()).toEqual(['prep-backups', 'prep-no-debt']);
  });

  it('names and additions made in two tabs at once are both kept', () => {
    const { a, b } = tabs();
    renameOrganisation('1', 'ООО «Ромашка»', a);
    addOrganisation(b);
    a.sync();
    expect(a.getState()).toMatchObject({
      organisations: { '1': 1, '2': 2 },
      names: { '1': 'ООО «Ромашка»' },
    });
    expect(b.getState().names).toEqual({ '1': 'ООО «Ромашка»' });
  });

  it('an organisation removed in another tab: this tab opens the first one and says so', () => {
    const { a, b } = tabs();
    addOrganisation(a);
    b.sync();
    b.getState().openOrganisation('2');
    removeOrganisation('2', a);
    b.sync();
    expect(b.getState()).toMatchObject({ organisation: '1', missing: '2' });
  });

  it('a storage event for another organisation only counts, for the list', () => {
    const storage = new MemoryStorage();
    const a = createProgressStore(() => storage);
    const b = createProgressStore(() => storage);
    const stop = followOtherTabs(b);
    addOrganisation(a);
    window.dispatchEvent(new StorageEvent('storage', { key: ORGANISATIONS_KEY }));
    expect(b.getState().organisations).toEqual({ '1': 1, '2': 2 });
    const before = b.getState().elsewhere;
    a.getState().toggleItem('prep-no-debt', true);
    window.dispatchEvent(new StorageEvent('storage', { key: organisationKey('2') }));
    expect(b.getState().elsewhere).toBe(before + 1);
    expect(b.getState().ticks).toEqual({});
    stop();
  });
});

describe('the size of 50 organisations', () => {
  it('stays under 200 KB with every item ticked, a note on every item and the letter begun', () => {
    const storage = new MemoryStorage();
    let clock = 1_764_000_000_000;
    const store = createProgressStore(() => storage, { now: () => (clock += 1000) });
    const known = knownIds(itsTermination);
    // The answers that add every step the situation check has.
    const answers = {
      edition: 'prof',
      tariff: 'prof',
      'services:reporting': 'yes',
      'services:edo': 'yes',
      'services:fresh': 'yes',
      'services:industry': 'yes',
      'services:link': 'yes',
    };
    for (let index = 1; index <= 50; index += 1) {
      const state = () => store.getState();
      if (index > 1) addOrganisation(store);
      renameOrganisation(String(index), `ООО «Северный ветер ${String(index)}»`, store);
      for (const [key, value] of Object.entries(answers)) state().setAnswer(key, value);
      state().chooseOption('methods', 'partner');
      for (const id of known.items) {
        state().toggleItem(id, true);
        state().setNote(id, `Письмо № ${String(index)}-15 от 01.12.2026`);
      }
      setLetterField('organisation', `ООО «Северный ветер ${String(index)}»`, store);
      setLetterField('inn', '7707083893', store);
      setLetterField('contractNumber', 'ИТС-2025/117', store);
      setLetterField('disconnectionDate', '2027-01-31', store);
      const count = overallCount(itsTermination, state());
      expect(count.done).toBe(count.total);
      expect(count.total).toBe(26);
    }
    expect(storage.data.size).toBe(51);
    // The saved text's size in UTF-8, as a file of it would weigh.
    let bytes = 0;
    for (const [key, value] of storage.data) bytes += new Blob([key, value]).size;
    expect(bytes).toBeLessThan(200 * 1024);
  });
});
