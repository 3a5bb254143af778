import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import { knownIds } from '../../src/engine/content-ids';
import { changesNothing, mergeSummary, planImport } from '../../src/store/import-plan';
import { setLetterField } from '../../src/store/letter-draft';
import { importOrganisations, undo } from '../../src/store/organisation-actions';
import { fileOrganisations, readOrganisations } from '../../src/store/organisation-rows';
import { parseProgressFile, serializeProgress } from '../../src/store/progress-file';
import { createProgressStore, type ProgressStore } from '../../src/store/progress-store';
import { factsOf, type SavedProgress } from '../../src/store/saved';
import { MemoryStorage } from './memory-storage';

/**
 * Two people's devices passing files to each other: each import merges fact by fact, the later
 * change winning, whatever order the files meet in, and a file met twice changes nothing.
 */

const known = knownIds(itsTermination);
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 11, 1, 9);

/** A device of its own: its storage, its clock (moved by hand), its name. */
function device(name = '') {
  const clock = { now: START };
  const store = createProgressStore(() => new MemoryStorage(), { now: () => clock.now });
  if (name) store.getState().setDeviceName(name);
  return { store, clock };
}

/** The open organisation exported from `from`, as the file's text. */
const exportFrom = (from: ProgressStore, at: number) =>
  serializeProgress(fileOrganisations([from.getState().organisation], from), new Date(at), {
    id: from.device.id(),
  });

/** Reads a file into `into` as the review would plan it, and applies it; returns the change. */
function importInto(into: ProgressStore, text: string, now: number) {
  const result = parseProgressFile(text, known, now);
  if (!result.ok) throw new Error(result.problem);
  const plan = planImport(result.organisations, {
    local: readOrganisations((number) => `Организация ${String(number)}`, into),
    open: into.getState().organisation,
    single: result.single,
    merges: true,
    nameOf: (organisation) => ({
      name: organisation.name ?? organisation.progress.letter.organisation ?? '',
      named: Boolean(organisation.name ?? organisation.progress.letter.organisation),
    }),
  });
  return importOrganisations(
    plan.map(({ incoming, target }) => ({
      target: target?.id ?? null,
      name: incoming.name,
      progress: incoming.progress,
      ...(incoming.changed ? { changed: incoming.changed } : {}),
    })),
    into,
  );
}

const factsHere = (store: ProgressStore): SavedProgress => factsOf(store.getState());

describe('files that merge', () => {
  it('two devices tick different steps, pass files both ways, and both end with the union', () => {
    const accountant = device('Иванова А. А.');
    const admin = device('Петров П. П.');
    accountant.store.getState().toggleItem('prep-contract-terms', true);
    accountant.store.getState().setNote('prep-contract-terms', 'Договор № 7 до 31.12');
    admin.clock.now += 1000;
    admin.store.getState().toggleItem('prep-backups', true);
    setLetterField('inn', '7707083893', admin.store);

    const fromAccountant = exportFrom(accountant.store, START + 2000);
    const fromAdmin = exportFrom(admin.store, START + 2000);
    importInto(accountant.store, fromAdmin, START + DAY);
    importInto(admin.store, fromAccountant, START + DAY);

    for (const { store } of [accountant, admin]) {
      expect(store.getState().ticks).toEqual({
        'prep-contract-terms': START,
        'prep-backups': START + 1000,
      });
      expect(store.getState().notes).toEqual({ 'prep-contract-terms': 'Договор № 7 до 31.12' });
      expect(store.getState().letter).toEqual({ inn: '7707083893' });
      // Who ticked travels with the tick.
      expect(store.getState().tickedBy).toEqual({
        'prep-contract-terms': 'Иванова А. А.',
        'prep-backups': 'Петров П. П.',
      });
    }
    expect(factsHere(accountant.store)).toEqual(factsHere(admin.store));
  });

  it('gives the same result whatever order three devices’ files arrive in', () => {
    const devices = [device('А'), device('Б'), device('В')];
    const [first, second, third] = devices.map((one) => one.store);
    if (!first || !second || !third) throw new Error('three devices');
    first.getState().toggleItem('prep-backups', true);
    first.getState().setNote('prep-backups', 'Копия на сервере');
    devices.forEach((one, index) => (one.clock.now = START + (index + 1) * 1000));
    second.getState().setNote('prep-backups', 'Копия на диске');
    second.getState().chooseOption('methods', 'self');
    third.getState().toggleItem('prep-no-debt', true);
    third.getState().chooseOption('methods', 'partner');
    const files = [first, second, third].map((store) => exportFrom(store, START + 5000));

    const inOrder = device();
    const reversed = device();
    for (const file of files) importInto(inOrder.store, file, START + DAY);
    for (const file of [...files].reverse()) importInto(reversed.store, file, START + DAY);

    expect(factsHere(inOrder.store)).toEqual(factsHere(reversed.store));
    // The later change wins: the second's note (2 s) over the first's (1 s)…
    expect(inOrder.store.getState().notes).toEqual({ 'prep-backups': 'Копия на диске' });
    // …and the third's method (3 s) over the second's.
    expect(inOrder.store.getState().choices).toEqual({ methods: 'partner' });
  });

  it('changes nothing when the same file is imported twice', () => {
    const there = device();
    there.store.getState().toggleItem('prep-backups', true);
    const file = exportFrom(there.store, START + 1000);
    const here = device();
    here.store.getState().toggleItem('prep-no-debt', true);
    importInto(here.store, file, START + DAY);
    const once = factsHere(here.store);
    here.clock.now += DAY;
    const change = importInto(here.store, file, START + 2 * DAY);
    expect(factsHere(here.store)).toEqual(once);
    const [only] = change.facts;
    expect(only && changesNothing(mergeSummary(only.previous, only.applied))).toBe(true);
  });

  it('lets an untick made later than the other device’s tick win', () => {
    const one = device();
    const other = device();
    one.store.getState().toggleItem('prep-backups', true);
    importInto(other.store, exportFrom(one.store, START + 1), START + DAY);
    expect(other.store.getState().ticks).toHaveProperty('prep-backups');
    other.clock.now = START + DAY;
    other.store.getState().toggleItem('prep-backups', false);

    importInto(one.store, exportFrom(other.store, START + DAY + 1), START + 2 * DAY);
    expect(one.store.getState().ticks).toEqual({});
    // And the tick, passed back again, does not return.
    importInto(other.store, exportFrom(one.store, START + 2 * DAY), START + 2 * DAY);
    expect(other.store.getState().ticks).toEqual({});
  });

  it('keeps the later note text, and counts what the merge changes', () => {
    const one = device();
    const other = device();
    one.store.getState().setNote('prep-backups', 'Черновик');
    importInto(other.store, exportFrom(one.store, START + 1), START + DAY);
    other.clock.now = START + DAY;
    other.store.getState().setNote('prep-backups', 'Копия от 02.12');
    other.store.getState().toggleItem('prep-backups', true);
    other.store.getState().toggleItem('prep-no-debt', true);

    const before = factsHere(one.store);
    const change = importInto(one.store, exportFrom(other.store, START + DAY), START + 2 * DAY);
    expect(one.store.getState().notes).toEqual({ 'prep-backups': 'Копия от 02.12' });
    const [only] = change.facts;
    expect(only && mergeSummary(before, only.applied)).toEqual({
      ticksAdded: 2,
      ticksRemoved: 0,
      notesAdded: 0,
      notesChanged: 1,
      notesRemoved: 0,
      choicesChanged: 0,
      othersChanged: 0,
      ticksKept: 0,
      ticksTakenBackHere: 0,
    });
  });

  it('counts the chosen way apart from the letter and the answers', () => {
    const there = device();
    there.store.getState().chooseOption('methods', 'self');
    setLetterField('inn', '7707083893', there.store);
    there.store.getState().setAnswer('edition', 'prof');
    const here = device();

    const before = factsHere(here.store);
    const change = importInto(here.store, exportFrom(there.store, START + 1), START + DAY);
    const [only] = change.facts;
    expect(only && mergeSummary(before, only.applied)).toMatchObject({
      choicesChanged: 1,
      othersChanged: 2,
    });
  });

  it('takes a merge back with undo, leaving what was changed here since', () => {
    const there = device();
    there.store.getState().toggleItem('prep-backups', true);
    const here = device();
    here.store.getState().toggleItem('prep-no-debt', true);
    const change = importInto(here.store, exportFrom(there.store, START + 1), START + DAY);
    here.clock.now = START + DAY;
    here.store.getState().toggleItem('prep-documents', true);
    undo(change, here.store);
    expect(Object.keys(here.store.getState().ticks).sort()).toEqual([
      'prep-documents',
      'prep-no-debt',
    ]);
  });

  it('says that a tick of the file stays off when the merge bringing it was undone here', () => {
    const there = device();
    there.store.getState().toggleItem('prep-backups', true);
    const file = exportFrom(there.store, START + 1);
    const here = device();
    here.clock.now = START + DAY;
    undo(importInto(here.store, file, START + DAY), here.store);

    const parsed = parseProgressFile(file, known, START + 2 * DAY);
    if (!parsed.ok) throw new Error(parsed.problem);
    const again = importInto(here.store, file, START + 2 * DAY);
    const [only] = again.facts;
    const summary =
      only && mergeSummary(only.previous, only.applied, parsed.organisations[0]?.progress);
    expect(summary).toMatchObject({ ticksAdded: 0, ticksTakenBackHere: 1 });
    expect(summary && changesNothing(summary)).toBe(true);
    expect(here.store.getState().ticks).toEqual({});
  });

  it('adds an organisation a file brings under another name, keeping its change times', () => {
    const there = device();
    setLetterField('organisation', 'ООО «Лютик»', there.store);
    there.store.getState().toggleItem('prep-backups', true);
    const here = device();
    setLetterField('organisation', 'ООО «Ромашка»', here.store);
    const change = importInto(here.store, exportFrom(there.store, START + 1), START + DAY);
    expect(change.added).toEqual(['2']);
    const file = JSON.parse(
      serializeProgress(fileOrganisations(['2'], here.store), new Date(START + DAY)),
    ) as { organisations: { changed: Record<string, number> }[] };
    expect(file.organisations[0]?.changed).toHaveProperty('letter:organisation', START);
  });
});
