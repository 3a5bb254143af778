import type { FileOrganisation } from './progress-file';
import type { SavedProgress } from './saved';

/** An organisation on this device, as an import is matched against it. */
export type LocalOrganisation = {
  readonly id: string;
  readonly name: string;
  /** Whether that name is its own (given, or the letter's), not "Организация N". */
  readonly named: boolean;
  /** Nothing saved and no name given: a fresh device's "Организация 1". */
  readonly empty: boolean;
};

/** What one organisation of a file will do: replace a local one, or be added. */
export type PlannedImport<L extends LocalOrganisation = LocalOrganisation> = {
  readonly incoming: FileOrganisation;
  /** Its name as the page shows it. */
  readonly name: string;
  /** The local organisation it replaces, or null when it is added. */
  readonly target: L | null;
};

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('ru') === b.trim().toLocaleLowerCase('ru');

/**
 * Where each organisation of a file goes. A one-procedure file from before organisations
 * replaces the open one, as it always did. Otherwise one with its own name (given, or the
 * letter's) replaces the local organisation of that name; any other fills an empty local
 * organisation first and is otherwise added: "Организация 2" of one device is not taken for
 * "Организация 2" of another. A local organisation is replaced once at most.
 */
export function planImport<L extends LocalOrganisation>(
  incoming: readonly FileOrganisation[],
  options: {
    readonly local: readonly L[];
    readonly open: string;
    /** A file of versions 1–4. */
    readonly single: boolean;
    /** A file that merges (version 6 and later): one organisation alone goes into the open one. */
    readonly merges?: boolean;
    readonly nameOf: (organisation: FileOrganisation) => { name: string; named: boolean };
  },
): PlannedImport<L>[] {
  const taken = new Set<string>();
  const take = (found: L | undefined) => {
    if (found) taken.add(found.id);
    return found ?? null;
  };
  const free = (local: L) => !taken.has(local.id);
  const planned = incoming.map((organisation) => {
    const { name, named } = options.nameOf(organisation);
    const target = options.single
      ? options.local.find((local) => free(local) && local.id === options.open)
      : named
        ? options.local.find((local) => free(local) && local.named && sameName(local.name, name))
        : undefined;
    return { incoming: organisation, name, target: take(target) };
  });
  const alone = options.merges === true && planned.length === 1;
  const open = options.local.find((local) => local.id === options.open);
  return planned.map((step) => {
    if (step.target) return step;
    // One organisation passed between two people's devices is the one they both have open,
    // unless each side gave it a different name.
    const differs = open?.named === true && options.nameOf(step.incoming).named;
    if (alone && open && free(open) && !differs) return { ...step, target: take(open) };
    return { ...step, target: take(options.local.find((local) => free(local) && local.empty)) };
  });
}

/** What a merge changes in one organisation, as the review counts it. */
export type MergeSummary = {
  readonly ticksAdded: number;
  readonly ticksRemoved: number;
  readonly notesAdded: number;
  readonly notesChanged: number;
  readonly notesRemoved: number;
  /** The way of ending the contract chosen, changed or cleared. */
  readonly choicesChanged: number;
  /** The letter's fields and the situation answers: entries set, changed or cleared. */
  readonly othersChanged: number;
  /** What stays as it is here. */
  readonly ticksKept: number;
  /** Ticks of the file that stay off: they were taken back here after they were made there. */
  readonly ticksTakenBackHere: number;
};

const countChanged = (
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
) => {
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const id of Object.keys(after)) {
    if (!Object.hasOwn(before, id)) added += 1;
    else if (before[id] !== after[id]) changed += 1;
  }
  for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) removed += 1;
  return { added, changed, removed };
};

/**
 * Compares an organisation before a merge with after it. A tick's time moving is no change.
 * Given what came in, it also counts the ticks there that a later untick here outweighs.
 */
export function mergeSummary(
  before: SavedProgress,
  after: SavedProgress,
  incoming?: Pick<SavedProgress, 'ticks'>,
): MergeSummary {
  const ticks = countChanged(
    Object.fromEntries(Object.keys(before.ticks).map((id) => [id, true])),
    Object.fromEntries(Object.keys(after.ticks).map((id) => [id, true])),
  );
  const notes = countChanged(before.notes, after.notes);
  const total = ({ added, changed, removed }: ReturnType<typeof countChanged>) =>
    added + changed + removed;
  const others = [
    countChanged(before.letter, after.letter),
    countChanged(before.answers, after.answers),
  ].reduce((sum, one) => sum + total(one), 0);
  return {
    ticksAdded: ticks.added,
    ticksRemoved: ticks.removed,
    notesAdded: notes.added,
    notesChanged: notes.changed,
    notesRemoved: notes.removed,
    choicesChanged: total(countChanged(before.choices, after.choices)),
    othersChanged: others,
    ticksKept: Object.keys(before.ticks).filter((id) => Object.hasOwn(after.ticks, id)).length,
    ticksTakenBackHere: Object.keys(incoming?.ticks ?? {}).filter(
      (id) => !Object.hasOwn(after.ticks, id),
    ).length,
  };
}

/** Whether a merge would change nothing. */
export const changesNothing = (summary: MergeSummary): boolean =>
  summary.ticksAdded +
    summary.ticksRemoved +
    summary.notesAdded +
    summary.notesChanged +
    summary.notesRemoved +
    summary.choicesChanged +
    summary.othersChanged ===
  0;
