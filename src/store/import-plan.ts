import type { FileOrganisation } from './progress-file';

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
  return planned.map((step) =>
    step.target
      ? step
      : { ...step, target: take(options.local.find((local) => free(local) && local.empty)) },
  );
}
