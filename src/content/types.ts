/**
 * The shape of a procedure: a titled list of sections whose items a person ticks.
 * Everything the engine and the UI know about a checklist comes through these types,
 * so a second procedure is one more file beside `its-termination.ts`.
 */

export type Item = {
  /** Stable across releases: saved progress refers to it. Never reuse an id for another text. */
  readonly id: string;
  readonly text: string;
  /** A link to the part of the page that helps with this step, e.g. the letter form. */
  readonly link?: { readonly href: string; readonly text: string };
};

/** A section stays locked until every item of the section it names is ticked. */
export type Gate = {
  readonly requires: string;
  /** Heading of the panel shown while locked, e.g. "Сравнение откроется после подготовки". */
  readonly lockedTitle: string;
};

type SectionBase = {
  readonly id: string;
  readonly title: string;
  readonly gate?: Gate;
};

export type ListSection = SectionBase & {
  readonly kind: 'list';
  /** Ordered sections show their step numbers on the cards. */
  readonly ordered: boolean;
  readonly items: readonly Item[];
};

export type ChoiceOption = {
  readonly id: string;
  /** The radio's accessible name. */
  readonly label: string;
  /** One line on what the option involves. */
  readonly summary: string;
  readonly ordered: boolean;
  readonly items: readonly Item[];
};

/** Alternatives compared side by side; only the chosen one's items count. */
export type ChoiceSection = SectionBase & {
  readonly kind: 'choice';
  /** Legend of the radio group. */
  readonly prompt: string;
  /** Reassurance shown under the choice, e.g. that switching keeps ticks. */
  readonly note: string;
  readonly options: readonly ChoiceOption[];
};

export type Section = ListSection | ChoiceSection;

export type Procedure = {
  readonly id: string;
  readonly title: string;
  readonly intro: readonly string[];
  /** Where the procedure comes from, shown under the intro. */
  readonly source: string;
  readonly sections: readonly Section[];
  /** Shown when everything is ticked. */
  readonly conclusion: string;
};

/** The languages the page speaks; content and wording exist in each, keyed by the same ids. */
export type Language = 'ru' | 'en';

/** A production calendar year: what differs from "Monday to Friday work, weekends off". */
export type CalendarYear = {
  /** Monday-to-Friday dates that are not worked: holidays and days off moved onto weekdays. */
  readonly daysOff: readonly string[];
  /** Saturdays and Sundays made working days by a transfer. */
  readonly workingWeekends: readonly string[];
  /** The legal acts the year follows, by their official Russian titles. */
  readonly source: string;
  /** False while the year's transfer decree is not in the data: only the Labour Code is. */
  readonly final: boolean;
};

/** Production calendars by year. */
export type ProductionCalendar = Readonly<Record<number, CalendarYear>>;
