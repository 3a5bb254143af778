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
  /** Item id → the name of the device (the person) that ticked it, when one was given. */
  readonly tickedBy: Readonly<Record<string, string>>;
  /** Item id → the name of the device (the person) that last wrote its note. */
  readonly notedBy: Readonly<Record<string, string>>;
};

/**
 * What every tab of the page writes to storage for one organisation: its facts, with the time
 * each fact last changed (`"ticks:<id>"`, `"notes:<id>"`, …). The times let two tabs merge
 * what each changed: a fact removed in one tab stays removed, one added in another stays
 * added, whatever order their writes reach storage in.
 */
export type SyncedFacts = SavedProgress & {
  readonly changed: Readonly<Record<string, number>>;
};

/** The organisations kept on this device, and the page's language. */
export type OrganisationList = {
  /** Organisation id → its number ("Организация 2"), which also orders the list. */
  readonly organisations: Readonly<Record<string, number>>;
  /** Organisation id → the name the person gave it. */
  readonly names: Readonly<Record<string, string>>;
  readonly language: Language;
};

/** The organisation list as every tab writes it, with change times like `SyncedFacts`. */
export type SyncedList = OrganisationList & {
  readonly changed: Readonly<Record<string, number>>;
};

/** The longest note or letter field kept. */
export const NOTE_MAX_LENGTH = 500;
/** The longest organisation name kept. */
export const NAME_MAX_LENGTH = 120;
/** The longest name of a device («Кто отмечает») kept. */
export const DEVICE_NAME_MAX_LENGTH = 80;

/** The kinds of fact an organisation's progress holds. */
export const FACTS = [
  'ticks',
  'choices',
  'notes',
  'letter',
  'answers',
  'tickedBy',
  'notedBy',
] as const;
export type Fact = (typeof FACTS)[number];
const LIST_FACTS = ['organisations', 'names'] as const;
const LANGUAGE = 'language';

/** Organisation ids: small whole numbers, as they appear in the page's address. */
export const isOrganisationId = (id: string) => /^[1-9]\d{0,5}$/.test(id);

export const emptySaved = (): SavedProgress => ({
  ticks: {},
  choices: {},
  notes: {},
  letter: {},
  answers: {},
  tickedBy: {},
  notedBy: {},
});

/** Only the facts of a state that holds more (the store's, a synced save). */
export const factsOf = (state: SavedProgress): SavedProgress => ({
  ticks: state.ticks,
  choices: state.choices,
  notes: state.notes,
  letter: state.letter,
  answers: state.answers,
  tickedBy: state.tickedBy,
  notedBy: state.notedBy,
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
    tickedBy: texts(value.tickedBy, DEVICE_NAME_MAX_LENGTH),
    notedBy: texts(value.notedBy, DEVICE_NAME_MAX_LENGTH),
  };
}

/** The non-blank strings of a saved record, each cut to `max` characters. */
function texts(value: unknown, max = NOTE_MAX_LENGTH): Record<string, string> {
  const kept: Record<string, string> = {};
  if (isRecord(value)) {
    for (const [id, text] of entries(value)) {
      if (typeof text === 'string' && text.trim() !== '') kept[id] = text.slice(0, max);
    }
  }
  return kept;
}

/** The change times of a saved value. */
function changesOf(value: unknown): Record<string, number> {
  const changed: Record<string, number> = {};
  if (isRecord(value) && isRecord(value.changed)) {
    for (const [key, time] of entries(value.changed)) if (isTime(time)) changed[key] = time;
  }
  return changed;
}

/** A saved organisation read back: its facts and their change times. */
export const sanitizeSynced = (value: unknown): SyncedFacts => ({
  ...sanitize(value),
  changed: changesOf(value),
});

/** The letter each fact is saved under in `packFacts`. */
const LETTERS: Readonly<Record<Fact, string>> = {
  ticks: 't',
  choices: 'c',
  notes: 'n',
  letter: 'l',
  answers: 'a',
  tickedBy: 'b',
  notedBy: 'm',
};
/** Marks the letter of a fact's change time: `"n@"` is when the note last changed. */
const AT = '@';

/** One organisation as saved: every id once, with its facts and their change times. */
export type PackedFacts = { readonly entries: Record<string, Record<string, string | number>> };

/**
 * The saved form of one organisation: its facts grouped by id, so an item ticked and noted
 * names its id once — `{"prep-backups": {"t": 1764…, "n": "Письмо № 15", "n@": 1764…}}` —
 * and a fact removed keeps only its time (`{"t@": 1764…}`). Fifty organisations with every
 * item ticked and noted then take a third less room than facts listed one by one.
 */
export function packFacts(facts: SyncedFacts): PackedFacts {
  const entries: Record<string, Record<string, string | number>> = {};
  const entry = (id: string) => (entries[id] ??= {});
  for (const fact of FACTS) {
    const record: Readonly<Record<string, string | number>> = facts[fact];
    for (const [id, value] of Object.entries(record)) entry(id)[LETTERS[fact]] = value;
  }
  for (const [key, time] of Object.entries(facts.changed)) {
    const colon = key.indexOf(':');
    const fact = key.slice(0, colon) as Fact;
    if (colon > 0 && Object.hasOwn(LETTERS, fact)) {
      entry(key.slice(colon + 1))[LETTERS[fact] + AT] = time;
    }
  }
  return { entries };
}

/** A packed organisation read back, keeping only well-formed entries (see `sanitize`). */
export function unpackFacts(value: unknown): SyncedFacts {
  const flat: Record<Fact, Record<string, unknown>> = {
    ticks: {},
    choices: {},
    notes: {},
    letter: {},
    answers: {},
    tickedBy: {},
    notedBy: {},
  };
  const changed: Record<string, unknown> = {};
  const packed = isRecord(value) && isRecord(value.entries) ? value.entries : {};
  for (const [id, entry] of entries(packed)) {
    if (!isRecord(entry)) continue;
    for (const fact of FACTS) {
      const letter = LETTERS[fact];
      if (Object.hasOwn(entry, letter)) flat[fact][id] = entry[letter];
      if (Object.hasOwn(entry, letter + AT)) changed[`${fact}:${id}`] = entry[letter + AT];
    }
  }
  return sanitizeSynced({ ...flat, changed });
}

/** The list an untouched device has: organisation 1 alone. */
export const firstList = (language: Language = 'ru'): SyncedList => ({
  organisations: { '1': 1 },
  names: {},
  language,
  changed: {},
});

/** A saved organisation list read back; ids and numbers that make no sense are dropped. */
export function sanitizeList(value: unknown): SyncedList {
  if (!isRecord(value)) return firstList();
  const organisations: Record<string, number> = {};
  if (isRecord(value.organisations)) {
    for (const [id, number] of entries(value.organisations)) {
      if (isOrganisationId(id) && Number.isSafeInteger(number) && Number(number) > 0) {
        organisations[id] = Number(number);
      }
    }
  }
  const names = texts(value.names, NAME_MAX_LENGTH);
  for (const id of Object.keys(names)) if (!isOrganisationId(id)) Reflect.deleteProperty(names, id);
  return {
    organisations,
    names,
    language: value.language === 'en' ? 'en' : 'ru',
    changed: changesOf(value),
  };
}

type Records = { readonly [fact: string]: unknown };
type Stamped = Records & { readonly changed: Readonly<Record<string, number>> };
const recordOf = (value: Records, fact: string) =>
  (value[fact] ?? {}) as Readonly<Record<string, unknown>>;

/** Change times for every entry of `facts` that differs between `base` and `next`. */
function stamp(
  facts: readonly string[],
  base: Stamped,
  next: Records,
  now: number,
): Record<string, number> {
  const changed: Record<string, number> = { ...base.changed };
  const mark = (key: string, after = 0) => {
    changed[key] = Math.max(now, (changed[key] ?? 0) + 1, after + 1);
  };
  for (const fact of facts) {
    const before = recordOf(base, fact);
    const after = recordOf(next, fact);
    if (before === after) continue;
    for (const id in after) {
      if (after[id] === before[id]) continue;
      const key = `${fact}:${id}`;
      // A new tick's time is when it was set: it needs no second time beside it. A tick given
      // back an older time (an undo) keeps one, so that it outweighs the untick it undoes.
      if (fact === 'ticks' && Number(after[id]) >= (changed[key] ?? 0)) {
        Reflect.deleteProperty(changed, key);
      } else mark(key);
    }
    // An untick is later than the tick it takes back, however close the two are.
    for (const id in before) {
      if (!Object.hasOwn(after, id))
        mark(`${fact}:${id}`, fact === 'ticks' ? Number(before[id]) : 0);
    }
  }
  return changed;
}

/**
 * Merges two tabs' records, entry by entry: the later change wins, so a change made in one
 * tab never removes a different change made in another. The same for any order of arguments.
 * A tick's own time is also when it was last changed.
 */
function merge(
  facts: readonly string[],
  mine: Stamped,
  theirs: Stamped,
): { records: Record<string, Record<string, unknown>>; changed: Record<string, number> } {
  const changed: Record<string, number> = {};
  const records: Record<string, Record<string, unknown>> = {};
  for (const fact of facts) {
    const ours = recordOf(mine, fact);
    const other = recordOf(theirs, fact);
    const out: Record<string, unknown> = {};
    const ids = new Set([...Object.keys(ours), ...Object.keys(other)]);
    const prefix = `${fact}:`;
    for (const key of [...Object.keys(mine.changed), ...Object.keys(theirs.changed)]) {
      if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
    }
    const timed = fact === 'ticks';
    for (const id of ids) {
      const key = prefix + id;
      const ourTime = Math.max(mine.changed[key] ?? 0, timed ? Number(ours[id] ?? 0) : 0);
      const otherTime = Math.max(theirs.changed[key] ?? 0, timed ? Number(other[id] ?? 0) : 0);
      const value =
        ourTime === otherTime
          ? tie(ours[id], other[id])
          : ourTime > otherTime
            ? ours[id]
            : other[id];
      if (value !== undefined) out[id] = value;
      const stamped = mine.changed[key] !== undefined || theirs.changed[key] !== undefined;
      const time = Math.max(ourTime, otherTime);
      if (stamped && !(timed && Number(value ?? 0) >= time)) changed[key] = time;
    }
    records[fact] = out;
  }
  return { records, changed };
}

const factsOnly = (records: Record<string, Record<string, unknown>>): SavedProgress =>
  factsOf(records as unknown as SavedProgress);

/**
 * `next` with a change time for every fact that differs from `base` (the last state this tab
 * read or wrote), so its changes can be merged with another tab's. Times only move forward.
 */
export function stampChanges(base: SyncedFacts, next: SavedProgress, now: number): SyncedFacts {
  return { ...factsOf(next), changed: stamp(FACTS, base, next, now) };
}

/** Merges what two tabs know of one organisation (see `merge`). */
export function mergeSynced(mine: SyncedFacts, theirs: SyncedFacts): SyncedFacts {
  const { records, changed } = merge(FACTS, mine, theirs);
  return { ...factsOnly(records), changed };
}

/** The list `next` with change times against `base`, as `stampChanges`. */
export function stampList(base: SyncedList, next: OrganisationList, now: number): SyncedList {
  const changed = stamp(LIST_FACTS, base, next, now);
  if (next.language !== base.language) {
    changed[LANGUAGE] = Math.max(now, (changed[LANGUAGE] ?? 0) + 1);
  }
  return {
    organisations: next.organisations,
    names: next.names,
    language: next.language,
    changed,
  };
}

/** Merges what two tabs know of the organisation list and the language. */
export function mergeList(mine: SyncedList, theirs: SyncedList): SyncedList {
  const { records, changed } = merge(LIST_FACTS, mine, theirs);
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
    organisations: records.organisations as Record<string, number>,
    names: records.names as Record<string, string>,
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

/** A change to all of one organisation's facts at once (a reset, an import), and what was there before it. */
export type WholeChange = {
  readonly organisation: string;
  readonly previous: SavedProgress;
  readonly applied: SavedProgress;
  /** A name an import gave an organisation that had none, and the one it had. */
  readonly name?: { readonly previous: string | undefined; readonly applied: string };
};

/** An organisation taken off the list: its data stays saved until the removal is settled. */
export type RemovedOrganisation = {
  readonly id: string;
  readonly number: number;
  readonly name: string | undefined;
};

/** What a reset, an import or a removal did, so that it can be taken back. */
export type Change = {
  readonly facts: readonly WholeChange[];
  readonly added: readonly string[];
  readonly removed: readonly RemovedOrganisation[];
  /** The organisation open before the change. */
  readonly opened: string;
};

/** Whether two records hold the same entries. */
function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Whether two saved states hold the same facts (change times aside). */
export const sameFacts = (a: SavedProgress, b: SavedProgress): boolean =>
  FACTS.every((fact) => sameRecord(a[fact], b[fact]));

/** Whether two synced states are the same, change times included. */
export const sameSynced = (a: SyncedFacts, b: SyncedFacts): boolean =>
  sameFacts(a, b) && sameRecord(a.changed, b.changed);

/** Whether two organisation lists are the same, change times included. */
export const sameList = (a: SyncedList, b: SyncedList): boolean =>
  a.language === b.language &&
  LIST_FACTS.every((fact) => sameRecord(a[fact], b[fact])) &&
  sameRecord(a.changed, b.changed);

/** Whether a saved organisation holds anything at all. */
export const isEmpty = (facts: SavedProgress): boolean =>
  FACTS.every((fact) => Object.keys(facts[fact]).length === 0);
