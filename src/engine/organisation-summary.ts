import type { Item, Procedure } from '../content/types';
import { dayNumber } from './dates';
import {
  activeOption,
  countedItems,
  isTicked,
  overallCount,
  percent,
  sectionsOf,
  type Count,
  type Progress,
} from './progress';

/** One organisation as the list and the overview show it. */
export type OrganisationSummary = {
  readonly count: Count;
  readonly percent: number;
  /** The chosen way to terminate, as its option's label; undefined until chosen. */
  readonly method: string | undefined;
  /** The disconnection date ("YYYY-MM-DD") when the letter gives a real one. */
  readonly disconnection: string | undefined;
  /** The steps still to do, in page order; a locked or unmade choice is one entry. */
  readonly open: readonly string[];
};

type Facts = Progress & { readonly letter: Readonly<Record<string, string>> };

/** How far one organisation is, and what is still open, from its saved facts. */
export function summarise(
  procedure: Procedure,
  facts: Facts,
  unmadeChoice: (title: string) => string,
): OrganisationSummary {
  const count = overallCount(procedure, facts);
  const open: string[] = [];
  let method: string | undefined;
  for (const section of sectionsOf(procedure, facts)) {
    if (section.kind === 'choice') {
      const option = activeOption(section, facts);
      if (!option) {
        open.push(unmadeChoice(section.title));
        continue;
      }
      method ??= option.label;
    }
    open.push(...pending(countedItems(section, facts), facts));
  }
  const date = facts.letter.disconnectionDate?.trim();
  return {
    count,
    percent: percent(count),
    method,
    disconnection: date && dayNumber(date) !== null ? date : undefined,
    open,
  };
}

const pending = (items: readonly Item[], progress: Progress) =>
  items.filter((item) => !isTicked(progress, item.id)).map((item) => item.text);
