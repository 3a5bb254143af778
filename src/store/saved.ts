import type { Language } from '../content/types';
import type { Progress } from '../engine/progress';

/**
 * The saved facts: ticked items with their times, chosen options, notes, the letter's draft,
 * the situation check's answers.
 */
export type SavedProgress = Progress & {
  /** Item id → the person's note (evidence such as a letter number), at most NOTE_MAX_LENGTH. */
  readonly notes: Readonly<Record<string, string>>;
  /** The termination letter's draft: field id → value as typed, at most NOTE_MAX_LENGTH. */
  readonly letter: Readonly<Record<string, string>>;
  /** The situation check's answers: question (or `question:option`) → option id (or "yes"). */
  readonly answers: Readonly<Record<string, string>>;
};

/**
 * What every tab of the page writes to storage: the facts and the language, with the time
 * each fact last changed (`"ticks:<id>"`, `"notes:<id>"`, …, `"language"`). The times let
 * two tabs merge what each changed: a fact removed in one tab stays removed, one added in
 * another stays added, whatever order their writes reach storage in.
 */
export type SyncedFacts = SavedProgress & {
  readonly language: Language;
  readonly changed: Readonly<Record<string, number>>;
};

/** The longest note or letter field kept. */
export const NOTE_MAX_LENGTH = 500;

const FACTS = ['ticks', 'choices', 'notes', 'letter', 'answers'] as const;
type Fact = (typeof FACTS)[number];
const LANGUAGE = 'language';

export const emptySaved = (): SavedProgress => ({
  ticks: {},
  choices: {},
  notes: {},
  letter: {},
  answers: {},
});

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own entries of a saved record, without keys that would reach an object's prototype. */
const entries = (record: Record<string, unknown>) =>
  Object.entries(record).filter(([key]) => key !== '__proto__');

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Keeps only well-formed entries, so a hand-edited or damaged save cannot break the page. */
export function sanitize(value: unknown): SavedProgress {
  if (!isRecord(value)) return emptySaved();
  const ticks: Record<string, number> = {};
  if (isRecord(value.ticks)) {
    for (const [id, time] of entries(value.ticks)) if (isTime(time)) ticks[id] = time;
  }
  return {
    ticks,
    choices: texts(value.choices),
    notes: texts(value.notes),
    letter: texts(value.letter),
    answers: texts(value.answers),
  };
}

/** The non-blank strings of a saved record, each cut to NOTE_MAX_LENGTH. */
function texts(value: unknown): Record<string, string> {
  const kept: Record<string, string> = {};
  if (isRecord(value)) {
    for (const [id, text] of entries(value)) {
      if (typeof text === 'string' && text.trim() !== '') kept[id] = text.slice(0, NOTE_MAX_LENGTH);
    }
  }
  return kept;
}

/** A saved value read back: the facts, the language ('ru' unless English) and the change times. */
export function sanitizeSynced(value: unknown): SyncedFacts {
  const changed: Record<string, number> = {};
  if (isRecord(value) && isRecord(value.changed)) {
    for (const [key, time] of entries(value.changed)) if (isTime(time)) changed[key] = time;
  }
  return {
    ...sanitize(value),
    language: isRecord(value) && value.language === 'en' ? 'en' : 'ru',
    changed,
  };
}

const stampKey = (fact: Fact, id: string) => `${fact}:${id}`;

/**
 * `next` with a change time for every fact that differs from `base` (the last state this tab
 * read or wrote), so its changes can be merged with another tab's. Times only move forward.
 */
export function stampChanges(
  base: SyncedFacts,
  next: SavedProgress & { readonly language: Language },
  now: number,
): SyncedFacts {
  const changed: Record<string, number> = { ...base.changed };
  const stamp = (key: string) => {
    changed[key] = Math.max(now, (changed[key] ?? 0) + 1);
  };
  for (const fact of FACTS) {
    const before: Readonly<Record<string, unknown>> = base[fact];
    const after: Readonly<Record<string, unknown>> = next[fact];
    if (before === after) continue;
    for (const id in after) if (after[id] !== before[id]) stamp(stampKey(fact, id));
    for (const id in before) if (!Object.hasOwn(after, id)) stamp(stampKey(fact, id));
  }
  if (next.language !== base.language) stamp(LANGUAGE);
  return {
    ticks: next.ticks,
    choices: next.choices,
    notes: next.notes,
    letter: next.letter,
    answers: next.answers,
    language: next.language,
    changed,
  };
}

/**
 * Merges what two tabs know, fact by fact: the later change wins, so a change made in one tab
 * never removes a different change made in another. The same for any order of arguments.
 */
export function mergeSynced(mine: SyncedFacts, theirs: SyncedFacts): SyncedFacts {
  const changed: Record<string, number> = {};
  const merged = {} as Record<Fact, Record<string, unknown>>;
  for (const fact of FACTS) {
    const ours: Readonly<Record<string, unknown>> = mine[fact];
    const other: Readonly<Record<string, unknown>> = theirs[fact];
    const out: Record<string, unknown> = {};
    const ids = new Set([...Object.keys(ours), ...Object.keys(other)]);
    const prefix = `${fact}:`;
    for (const key of [...Object.keys(mine.changed), ...Object.keys(theirs.changed)]) {
      if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
    }
    for (const id of ids) {
      const key = stampKey(fact, id);
      // A tick's own time is also when it was last changed.
      const ourTime = Math.max(
        mine.changed[key] ?? 0,
        fact === 'ticks' ? Number(ours[id] ?? 0) : 0,
      );
      const otherTime = Math.max(
        theirs.changed[key] ?? 0,
        fact === 'ticks' ? Number(other[id] ?? 0) : 0,
      );
      const value =
        ourTime === otherTime
          ? tie(ours[id], other[id])
          : ourTime > otherTime
            ? ours[id]
            : other[id];
      if (value !== undefined) out[id] = value;
      const time = Math.max(ourTime, otherTime);
      if (mine.changed[key] !== undefined || theirs.changed[key] !== undefined) changed[key] = time;
    }
    merged[fact] = out;
  }
  const ourLanguage = mine.changed[LANGUAGE] ?? 0;
  const otherLanguage = theirs.changed[LANGUAGE] ?? 0;
  const language =
    ourLanguage === otherLanguage
      ? (tie(mine.language, theirs.language) ?? 'ru')
      : ourLanguage > otherLanguage
        ? mine.language
        : theirs.language;
  if (ourLanguage || otherLanguage) changed[LANGUAGE] = Math.max(ourLanguage, otherLanguage);
  return {
    ticks: merged.ticks as Record<string, number>,
    choices: merged.choices as Record<string, string>,
    notes: merged.notes as Record<string, string>,
    letter: merged.letter as Record<string, string>,
    answers: merged.answers as Record<string, string>,
    language,
    changed,
  };
}

/**
 * Two changes at the same moment: keep a value over none, otherwise the greater, so every
 * tab settles on the same one.
 */
function tie<T>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** A change to everything at once (a reset, an import), and what was there before it. */
export type WholeChange = { readonly previous: SavedProgress; readonly applied: SavedProgress };

/**
 * Takes back a reset or an import: each fact it set and still as it set it returns to what it
 * was; a fact changed since, here or in another tab, is left as it is now.
 */
export function undoChange(current: SavedProgress, change: WholeChange): SavedProgress {
  const result = {} as Record<Fact, Record<string, unknown>>;
  for (const fact of FACTS) {
    const now: Readonly<Record<string, unknown>> = current[fact];
    const before: Readonly<Record<string, unknown>> = change.previous[fact];
    const applied: Readonly<Record<string, unknown>> = change.applied[fact];
    const ids = new Set([...Object.keys(now), ...Object.keys(before), ...Object.keys(applied)]);
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      // Set by the change and untouched since: back to what it was.
      const value = now[id] === applied[id] ? before[id] : now[id];
      if (value !== undefined) out[id] = value;
    }
    result[fact] = out;
  }
  return result as unknown as SavedProgress;
}

/** Whether two records hold the same entries. */
function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Whether two saved states hold the same facts and language (change times aside). */
export function sameFacts(
  a: SavedProgress & { readonly language: Language },
  b: SavedProgress & { readonly language: Language },
): boolean {
  return a.language === b.language && FACTS.every((fact) => sameRecord(a[fact], b[fact]));
}

/** Whether two synced states are the same, change times included. */
export const sameSynced = (a: SyncedFacts, b: SyncedFacts): boolean =>
  sameFacts(a, b) && sameRecord(a.changed, b.changed);
