import { LETTER_FIELDS } from '../content/documents/letter-fields';
import { localIso } from '../engine/dates';
import { NOTE_MAX_LENGTH, migrate, type SavedProgress } from './progress-store';
import {
  DEVICE_NAME_MAX_LENGTH,
  FACTS,
  type Fact,
  factsOf,
  isRecord,
  NAME_MAX_LENGTH,
  type SyncedFacts,
} from './saved';

/** The exported file: versioned like the saved progress, and named so it is recognised. */
export const FILE_FORMAT = 'its-termination-progress';
/**
 * Version 6 adds each fact's change time, who ticked and noted, and the device, so that a
 * file merges with what is here instead of replacing it.
 */
export const FILE_VERSION = 6;
/** A device's clock may run a little ahead of this one's; beyond that a time is not believed. */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;
/** Fifty organisations with every item ticked and noted weigh about half of this. */
export const FILE_MAX_BYTES = 1024 * 1024;

/** One organisation in a file. */
export type FileOrganisation = {
  /** Its number on the device it came from ("Организация 2" when it has no other name). */
  readonly number: number;
  /** The name given it there, if any. */
  readonly name?: string;
  readonly progress: SavedProgress;
  /**
   * When each fact last changed (a file of version 6 and later): the organisation then merges
   * with the one it meets, fact by fact, the later change winning. Without it, it replaces.
   */
  readonly changed?: Readonly<Record<string, number>>;
};

/** The device a file was made on: a random id saved once, and the name given it, if any. */
export type FileDevice = { readonly id: string; readonly name?: string };

/**
 * A file of version 5 and later: one organisation or all of them. Files of versions 1–4 held
 * one procedure under `progress`; they import as one organisation.
 */
export type ProgressFile = {
  readonly format: typeof FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly device?: FileDevice;
  readonly organisations: readonly FileOrganisation[];
};

/** What the file may refer to: the ids of the procedure and the situation check. */
export type KnownIds = {
  readonly items: ReadonlySet<string>;
  readonly choices: ReadonlyMap<string, ReadonlySet<string>>;
  /** Saved answer key → the values it may take. */
  readonly answers: ReadonlyMap<string, ReadonlySet<string>>;
};

export type ImportProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'wrong-format'
  | 'newer-version'
  | 'bad-shape'
  | 'unknown-ids'
  | 'note-too-long'
  /** A link that is cut short, altered or not one of the page's. */
  | 'broken-link';

export type ImportResult =
  | {
      readonly ok: true;
      readonly organisations: readonly FileOrganisation[];
      /** A file of versions 1–4: one procedure, from before organisations. */
      readonly single: boolean;
      readonly exportedAt: Date | null;
      readonly device: FileDevice | null;
      /** Times later than now were found and taken as now. */
      readonly clamped: boolean;
    }
  | { readonly ok: false; readonly problem: ImportProblem };

/** its-progress-YYYY-MM-DD.json (or its-progress-all-… for every organisation), in local date. */
export function progressFileName(now: Date, all = false): string {
  return `its-progress-${all ? 'all-' : ''}${localIso(now)}.json`;
}

/** One organisation of this device as a file holds it: its facts and their change times. */
export const fileOrganisation = (
  number: number,
  name: string | undefined,
  synced: SyncedFacts,
): FileOrganisation => ({
  number,
  ...(name ? { name } : {}),
  progress: factsOf(synced),
  changed: synced.changed,
});

export function serializeProgress(
  organisations: readonly FileOrganisation[],
  now: Date,
  device?: FileDevice,
  indent = 2,
): string {
  const file: ProgressFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    ...(device ? { device: device.name ? device : { id: device.id } } : {}),
    organisations: organisations.map(({ number, name, progress, changed }) => ({
      number,
      ...(name ? { name } : {}),
      progress: factsOf(progress),
      changed: changed ?? {},
    })),
  };
  return indent > 0 ? `${JSON.stringify(file, null, indent)}\n` : JSON.stringify(file);
}

const fail = (problem: ImportProblem) => ({ ok: false, problem }) as const;

/**
 * Reads an exported file strictly: anything unexpected is refused with a reason and
 * nothing is applied. Older versions are migrated like saved progress.
 */
export function parseProgressFile(
  text: string,
  known: KnownIds,
  now: number = Date.now(),
): ImportResult {
  if (new TextEncoder().encode(text).length > FILE_MAX_BYTES) return fail('too-large');
  if (text.trim() === '') return fail('empty');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (!isRecord(file) || file.format !== FILE_FORMAT) return fail('wrong-format');
  const { version, progress, exportedAt } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('wrong-format');
  }
  if (version > FILE_VERSION) return fail('newer-version');
  const when = typeof exportedAt === 'string' ? new Date(exportedAt) : null;
  const date = when && !Number.isNaN(when.getTime()) ? when : null;

  // Before version 5 a file held one procedure.
  if (version < 5) {
    const checked = checkProgress(progress, version, known, now);
    if (!checked.ok) return checked;
    return {
      ok: true,
      organisations: [{ number: 1, progress: checked.progress }],
      single: true,
      exportedAt: date,
      device: null,
      clamped: checked.clamped,
    };
  }
  const device = deviceOf(file.device);
  if (device === 'bad') return fail('bad-shape');
  if (!Array.isArray(file.organisations) || file.organisations.length === 0) {
    return fail('bad-shape');
  }
  const organisations: FileOrganisation[] = [];
  let clamped = false;
  for (const entry of file.organisations as unknown[]) {
    if (!isRecord(entry)) return fail('bad-shape');
    const { number, name } = entry;
    if (!Number.isSafeInteger(number) || Number(number) < 1) return fail('bad-shape');
    if (name !== undefined && (typeof name !== 'string' || name.length > NAME_MAX_LENGTH)) {
      return fail('bad-shape');
    }
    const checked = checkProgress(entry.progress, version, known, now);
    if (!checked.ok) return checked;
    clamped ||= checked.clamped;
    let changed: Record<string, number> | undefined;
    if (version >= 6) {
      const times = checkChanged(entry.changed, known, now);
      if (!times.ok) return times;
      changed = times.changed;
      clamped ||= times.clamped;
    }
    organisations.push({
      number: Number(number),
      ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim() } : {}),
      progress: checked.progress,
      ...(changed ? { changed } : {}),
    });
  }
  return { ok: true, organisations, single: false, exportedAt: date, device, clamped };
}

/** A file's device: none (older files), well-formed, or 'bad'. */
function deviceOf(value: unknown): FileDevice | null | 'bad' {
  if (value === undefined) return null;
  if (!isRecord(value) || typeof value.id !== 'string' || !/^[\w-]{1,64}$/.test(value.id)) {
    return 'bad';
  }
  const { name } = value;
  if (name === undefined) return { id: value.id };
  if (typeof name !== 'string' || name.length > DEVICE_NAME_MAX_LENGTH) return 'bad';
  return name.trim() === '' ? { id: value.id } : { id: value.id, name: name.trim() };
}

/** A time no later than now (and a little skew): one from the future is taken as now. */
const clampTime = (time: number, now: number) => (time > now + CLOCK_SKEW_MS ? now : time);

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Whether an id may be saved under a fact. */
function knownFor(fact: Fact, id: string, known: KnownIds): boolean {
  switch (fact) {
    case 'choices':
      return known.choices.has(id);
    case 'letter':
      return (LETTER_FIELDS as readonly string[]).includes(id);
    case 'answers':
      return known.answers.has(id);
    default:
      return known.items.has(id);
  }
}

/** A file's change times (`"notes:<id>"` → time), checked against what the page knows. */
function checkChanged(
  value: unknown,
  known: KnownIds,
  now: number,
):
  | { ok: true; changed: Record<string, number>; clamped: boolean }
  | { ok: false; problem: ImportProblem } {
  if (value === undefined) return { ok: true, changed: {}, clamped: false };
  if (!isRecord(value)) return fail('bad-shape');
  const changed: Record<string, number> = {};
  let clamped = false;
  for (const [key, time] of Object.entries(value)) {
    const colon = key.indexOf(':');
    const fact = key.slice(0, colon) as Fact;
    if (colon < 1 || !FACTS.includes(fact)) return fail('bad-shape');
    if (!knownFor(fact, key.slice(colon + 1), known)) return fail('unknown-ids');
    if (!isTime(time)) return fail('bad-shape');
    const kept = clampTime(time, now);
    clamped ||= kept !== time;
    changed[key] = kept;
  }
  return { ok: true, changed, clamped };
}

/** One procedure's facts from a file, checked strictly against what the page knows. */
function checkProgress(
  progress: unknown,
  version: number,
  known: KnownIds,
  now: number,
): { ok: true; progress: SavedProgress; clamped: boolean } | { ok: false; problem: ImportProblem } {
  if (!isRecord(progress) || !isRecord(progress.ticks) || !isRecord(progress.choices)) {
    return fail('bad-shape');
  }
  const notes = progress.notes ?? {};
  const letter = progress.letter ?? {};
  const answers = progress.answers ?? {};
  const tickedBy = progress.tickedBy ?? {};
  const notedBy = progress.notedBy ?? {};
  if (!isRecord(notes) || !isRecord(letter) || !isRecord(answers)) return fail('bad-shape');
  if (!isRecord(tickedBy) || !isRecord(notedBy)) return fail('bad-shape');

  const ticks: Record<string, number> = {};
  let clamped = false;
  for (const [id, time] of Object.entries(progress.ticks)) {
    if (!known.items.has(id)) return fail('unknown-ids');
    if (!isTime(time)) return fail('bad-shape');
    ticks[id] = clampTime(time, now);
    clamped ||= ticks[id] !== time;
  }
  for (const names of [tickedBy, notedBy]) {
    for (const [id, name] of Object.entries(names)) {
      if (!known.items.has(id)) return fail('unknown-ids');
      if (typeof name !== 'string' || name.length > DEVICE_NAME_MAX_LENGTH) {
        return fail('bad-shape');
      }
    }
  }
  for (const [sectionId, optionId] of Object.entries(progress.choices)) {
    const options = known.choices.get(sectionId);
    if (!options) return fail('unknown-ids');
    if (typeof optionId !== 'string') return fail('bad-shape');
    if (!options.has(optionId)) return fail('unknown-ids');
  }
  for (const [id, note] of Object.entries(notes)) {
    if (!known.items.has(id)) return fail('unknown-ids');
    if (typeof note !== 'string') return fail('bad-shape');
    if (note.length > NOTE_MAX_LENGTH) return fail('note-too-long');
  }
  for (const [field, text] of Object.entries(letter)) {
    const isField = (LETTER_FIELDS as readonly string[]).includes(field);
    if (!isField || typeof text !== 'string' || text.length > NOTE_MAX_LENGTH) {
      return fail('bad-shape');
    }
  }
  for (const [key, answer] of Object.entries(answers)) {
    const values = known.answers.get(key);
    if (!values) return fail('unknown-ids');
    if (typeof answer !== 'string') return fail('bad-shape');
    if (!values.has(answer)) return fail('unknown-ids');
  }
  return { ok: true, progress: migrate({ ...progress, ticks }, version), clamped };
}
