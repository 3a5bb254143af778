import { LETTER_FIELDS } from '../content/letter-fields';
import { localIso } from '../engine/dates';
import { NOTE_MAX_LENGTH, STORAGE_VERSION, migrate, type SavedProgress } from './progress-store';
import { isRecord, NAME_MAX_LENGTH } from './saved';

/** The exported file: versioned like the saved progress, and named so it is recognised. */
export const FILE_FORMAT = 'its-termination-progress';
/** Fifty organisations with every item ticked and noted weigh about half of this. */
export const FILE_MAX_BYTES = 1024 * 1024;

/** One organisation in a file. */
export type FileOrganisation = {
  /** Its number on the device it came from ("Организация 2" when it has no other name). */
  readonly number: number;
  /** The name given it there, if any. */
  readonly name?: string;
  readonly progress: SavedProgress;
};

/**
 * A file of version 5 and later: one organisation or all of them. Files of versions 1–4 held
 * one procedure under `progress`; they import as one organisation.
 */
export type ProgressFile = {
  readonly format: typeof FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
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
  | 'note-too-long';

export type ImportResult =
  | {
      readonly ok: true;
      readonly organisations: readonly FileOrganisation[];
      /** A file of versions 1–4: one procedure, from before organisations. */
      readonly single: boolean;
      readonly exportedAt: Date | null;
    }
  | { readonly ok: false; readonly problem: ImportProblem };

/** its-progress-YYYY-MM-DD.json (or its-progress-all-… for every organisation), in local date. */
export function progressFileName(now: Date, all = false): string {
  return `its-progress-${all ? 'all-' : ''}${localIso(now)}.json`;
}

export function serializeProgress(organisations: readonly FileOrganisation[], now: Date): string {
  const file: ProgressFile = {
    format: FILE_FORMAT,
    version: STORAGE_VERSION,
    exportedAt: now.toISOString(),
    organisations: organisations.map(({ number, name, progress }) => ({
      number,
      ...(name ? { name } : {}),
      progress: {
        ticks: progress.ticks,
        choices: progress.choices,
        notes: progress.notes,
        letter: progress.letter,
        answers: progress.answers,
      },
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (problem: ImportProblem) => ({ ok: false, problem }) as const;

/**
 * Reads an exported file strictly: anything unexpected is refused with a reason and
 * nothing is applied. Older versions are migrated like saved progress.
 */
export function parseProgressFile(text: string, known: KnownIds): ImportResult {
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
  if (version > STORAGE_VERSION) return fail('newer-version');
  const when = typeof exportedAt === 'string' ? new Date(exportedAt) : null;
  const date = when && !Number.isNaN(when.getTime()) ? when : null;

  // Before version 5 a file held one procedure.
  if (version < 5) {
    const checked = checkProgress(progress, version, known);
    if (!checked.ok) return checked;
    return {
      ok: true,
      organisations: [{ number: 1, progress: checked.progress }],
      single: true,
      exportedAt: date,
    };
  }
  if (!Array.isArray(file.organisations) || file.organisations.length === 0) {
    return fail('bad-shape');
  }
  const organisations: FileOrganisation[] = [];
  for (const entry of file.organisations as unknown[]) {
    if (!isRecord(entry)) return fail('bad-shape');
    const { number, name } = entry;
    if (!Number.isSafeInteger(number) || Number(number) < 1) return fail('bad-shape');
    if (name !== undefined && (typeof name !== 'string' || name.length > NAME_MAX_LENGTH)) {
      return fail('bad-shape');
    }
    const checked = checkProgress(entry.progress, version, known);
    if (!checked.ok) return checked;
    organisations.push({
      number: Number(number),
      ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim() } : {}),
      progress: checked.progress,
    });
  }
  return { ok: true, organisations, single: false, exportedAt: date };
}

/** One procedure's facts from a file, checked strictly against what the page knows. */
function checkProgress(
  progress: unknown,
  version: number,
  known: KnownIds,
): { ok: true; progress: SavedProgress } | { ok: false; problem: ImportProblem } {
  if (!isRecord(progress) || !isRecord(progress.ticks) || !isRecord(progress.choices)) {
    return fail('bad-shape');
  }
  const notes = progress.notes ?? {};
  const letter = progress.letter ?? {};
  const answers = progress.answers ?? {};
  if (!isRecord(notes) || !isRecord(letter) || !isRecord(answers)) return fail('bad-shape');

  for (const [id, time] of Object.entries(progress.ticks)) {
    if (!known.items.has(id)) return fail('unknown-ids');
    if (typeof time !== 'number' || !Number.isFinite(time) || time <= 0) return fail('bad-shape');
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
  return { ok: true, progress: migrate(progress, version) };
}
