import { describe, expect, it } from 'vitest';
import {
  addOrganisation,
  removeOrganisation,
  settleRemovals,
  undo,
} from '../../src/store/organisation-actions';
import { readOrganisations } from '../../src/store/organisation-rows';
import {
  createProgressStore,
  ORGANISATIONS_KEY,
  organisationKey,
} from '../../src/store/progress-store';
import { backupKeyFor } from '../../src/store/safe-storage';
import { MemoryStorage } from './memory-storage';

const ticksOf = (store: ReturnType<typeof createProgressStore>) =>
  Object.keys(store.getState().ticks);
const defaultName = (number: number) => `Организация ${String(number)}`;

describe('organisations when storage gets in the way', () => {
  it.each([
    ['blocked', 'security' as const],
    ['full', 'quota' as const],
  ])(
    'storage %s: every organisation keeps its ticks in the tab, switching back and forth',
    (_case, failure) => {
      const storage = new MemoryStorage();
      storage.failWrites = failure;
      const store = createProgressStore(() => storage);
      store.getState().toggleItem('prep-backups', true);
      addOrganisation(store);
      store.getState().toggleItem('prep-no-debt', true);
      store.getState().openOrganisation('1');
      expect(ticksOf(store)).toEqual(['prep-backups']);
      store.getState().openOrganisation('2');
      expect(ticksOf(store)).toEqual(['prep-no-debt']);
      expect(store.storage.getHealth().issue?.kind).toBe(failure === 'quota' ? 'full' : 'blocked');
      expect(
        readOrganisations(defaultName, store).map((row) =>
          row.facts === 'unreadable' ? 'unreadable' : Object.keys(row.facts.ticks),
        ),
      ).toEqual([['prep-backups'], ['prep-no-debt']]);
      // Removed and brought back, still with its ticks.
      const change = removeOrganisation('2', store);
      if (change) undo(change, store);
      expect(ticksOf(store)).toEqual(['prep-no-debt']);
    },
  );

  it('an unreadable list hides no organisation, and a new one never takes an old number', () => {
    const storage = new MemoryStorage();
    const before = createProgressStore(() => storage);
    before.getState().toggleItem('prep-backups', true);
    addOrganisation(before);
    before.getState().toggleItem('prep-no-debt', true);
    addOrganisation(before);
    before.getState().toggleItem('prep-documents', true);
    storage.setItem(ORGANISATIONS_KEY, '{broken');

    const store = createProgressStore(() => storage);
    expect(store.storage.getHealth().issue).toMatchObject({
      kind: 'corrupt',
      backupKey: backupKeyFor(ORGANISATIONS_KEY),
    });
    // The list, when shown, puts back every organisation that has data of its own.
    settleRemovals(store);
    expect(Object.keys(store.getState().organisations).sort()).toEqual(['1', '2', '3']);
    expect(store.getState().openOrganisation('3')).toBe(true);
    expect(ticksOf(store)).toEqual(['prep-documents']);
    expect(addOrganisation(store)).toBe('4');
    expect(ticksOf(store)).toEqual([]);
  });

  it('an unreadable organisation hides no other, and the list says which it is', () => {
    const storage = new MemoryStorage();
    const before = createProgressStore(() => storage);
    before.getState().toggleItem('prep-backups', true);
    addOrganisation(before);
    before.getState().toggleItem('prep-no-debt', true);
    storage.setItem(organisationKey('2'), '{"state": ');

    const store = createProgressStore(() => storage);
    expect(ticksOf(store)).toEqual(['prep-backups']);
    expect(readOrganisations(defaultName, store).map((row) => row.facts === 'unreadable')).toEqual([
      false,
      true,
    ]);
    store.getState().openOrganisation('2');
    expect(store.storage.getHealth().issue).toMatchObject({
      kind: 'corrupt',
      backupKey: backupKeyFor(organisationKey('2')),
    });
    expect(storage.getItem(backupKeyFor(organisationKey('2')))).toBe('{"state": ');
    store.getState().openOrganisation('1');
    expect(ticksOf(store)).toEqual(['prep-backups']);
  });
});
