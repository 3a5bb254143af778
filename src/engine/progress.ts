import type { ChoiceOption, ChoiceSection, Item, Procedure, Section } from '../content/types';
import { addedSection, type Answers } from './situation';

/** The facts a person has established; everything else is derived from them. */
export type Progress = {
  /** Item id → when it was ticked (ms since epoch). An absent id is unticked. */
  readonly ticks: Readonly<Record<string, number>>;
  /** Choice section id → chosen option id. */
  readonly choices: Readonly<Record<string, string>>;
  /** The situation check's answers; they add steps to a procedure that has the check. */
  readonly answers?: Answers;
};

export type Count = {
  readonly done: number;
  readonly total: number;
};

export type GateStatus =
  { readonly locked: false } | { readonly locked: true; readonly remaining: readonly Item[] };

export const emptyProgress: Progress = { ticks: {}, choices: {} };

const noAnswers: Answers = {};

/**
 * The procedure's sections as the page shows them: the steps the situation check adds, when
 * it adds any, before the article's.
 */
export function sectionsOf(procedure: Procedure, progress: Progress): readonly Section[] {
  if (!procedure.situation) return procedure.sections;
  const added = addedSection(procedure.situation, progress.answers ?? noAnswers);
  if (!added) return procedure.sections;
  return withAdded(procedure, added);
}

/** The added section before the article's; the same section gives the same list. */
const withAdded = memoizeBy((procedure: Procedure, added: Section): readonly Section[] => [
  added,
  ...procedure.sections,
]);

function memoizeBy<A extends object, B extends object, V>(compute: (a: A, b: B) => V) {
  const cache = new WeakMap<A, WeakMap<B, V>>();
  return (a: A, b: B): V => {
    let byB = cache.get(a);
    if (!byB) {
      byB = new WeakMap();
      cache.set(a, byB);
    }
    if (!byB.has(b)) byB.set(b, compute(a, b));
    return byB.get(b) as V;
  };
}

/**
 * Remembers a derived value for one state of progress. Progress is replaced, never changed
 * in place, so the same `ticks` and `choices` objects always give the same answer; many
 * counters reading the same state then cost one pass over the content, not one each.
 */
function memoize<K extends object, V>(compute: (key: K, progress: Progress) => V) {
  type Cache = { choices: object; answers: object; values: WeakMap<K, V> };
  const byTicks = new WeakMap<object, Cache>();
  return (key: K, progress: Progress): V => {
    let cache = byTicks.get(progress.ticks);
    const answers = progress.answers ?? noAnswers;
    if (cache?.choices !== progress.choices || cache.answers !== answers) {
      cache = { choices: progress.choices, answers, values: new WeakMap() };
      byTicks.set(progress.ticks, cache);
    }
    if (cache.values.has(key)) return cache.values.get(key) as V;
    const value = compute(key, progress);
    cache.values.set(key, value);
    return value;
  };
}

export function isTicked(progress: Progress, itemId: string): boolean {
  return Object.hasOwn(progress.ticks, itemId);
}

export function findSection(procedure: Procedure, sectionId: string): Section | undefined {
  return procedure.sections.find((section) => section.id === sectionId);
}

/** The chosen option, if the saved choice still names one the content has. */
export function activeOption(section: ChoiceSection, progress: Progress): ChoiceOption | undefined {
  const chosen = progress.choices[section.id];
  return section.options.find((option) => option.id === chosen);
}

/** Items that count towards a section's progress: a choice counts only its chosen option. */
export function countedItems(section: Section, progress: Progress): readonly Item[] {
  if (section.kind === 'list') return section.items;
  return activeOption(section, progress)?.items ?? [];
}

/**
 * Until something is chosen, a choice section weighs as much as its longest option,
 * so the overall total never shrinks to let 100 % appear without a choice.
 */
export const sectionCount = memoize((section: Section, progress: Progress): Count => {
  const items = countedItems(section, progress);
  const done = items.filter((item) => isTicked(progress, item.id)).length;
  if (section.kind === 'choice' && activeOption(section, progress) === undefined) {
    return { done: 0, total: Math.max(0, ...section.options.map((o) => o.items.length)) };
  }
  return { done, total: items.length };
});

export function isSectionComplete(section: Section, progress: Progress): boolean {
  const { done, total } = sectionCount(section, progress);
  return total > 0 && done === total;
}

export function gateStatus(procedure: Procedure, section: Section, progress: Progress): GateStatus {
  if (!section.gate) return { locked: false };
  const required = findSection(procedure, section.gate.requires);
  if (required?.kind !== 'list') return { locked: false };
  const remaining = required.items.filter((item) => !isTicked(progress, item.id));
  return remaining.length === 0 ? { locked: false } : { locked: true, remaining };
}

export function isLocked(procedure: Procedure, section: Section, progress: Progress): boolean {
  return gateStatus(procedure, section, progress).locked;
}

export const overallCount = memoize((procedure: Procedure, progress: Progress): Count => {
  let done = 0;
  let total = 0;
  for (const section of sectionsOf(procedure, progress)) {
    const count = sectionCount(section, progress);
    done += count.done;
    total += count.total;
  }
  return { done, total };
});

/**
 * Rounded percent that says 100 only when everything is done and 0 only when nothing is:
 * 999 of 1000 reads 99, 1 of 1000 reads 1.
 */
export function percent({ done, total }: Count): number {
  if (total === 0 || done === 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(1, Math.round((done / total) * 100)));
}

export function isProcedureComplete(procedure: Procedure, progress: Progress): boolean {
  const count = overallCount(procedure, progress);
  return count.total > 0 && count.done === count.total;
}

/** Where to carry on: the first unticked item in page order, or an unmade choice. */
export type NextStep =
  | { readonly kind: 'item'; readonly itemId: string }
  | { readonly kind: 'choice'; readonly sectionId: string };

export const nextStep = memoize(nextStepOf);

function nextStepOf(procedure: Procedure, progress: Progress): NextStep | null {
  for (const section of sectionsOf(procedure, progress)) {
    if (section.kind === 'choice' && activeOption(section, progress) === undefined) {
      if (!isLocked(procedure, section, progress)) return { kind: 'choice', sectionId: section.id };
      continue;
    }
    if (isLocked(procedure, section, progress)) continue;
    const pending = countedItems(section, progress).find((item) => !isTicked(progress, item.id));
    if (pending) return { kind: 'item', itemId: pending.id };
  }
  return null;
}
