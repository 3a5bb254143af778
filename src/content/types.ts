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
  /** Present on a step the page adds to the article's: why it is there, and where that is from. */
  readonly guidance?: Guidance;
  /**
   * A caution under one of the article's own steps where following it literally can hurt:
   * not the article's text, so it says why and where that is from, like guidance.
   */
  readonly caution?: Guidance;
  /**
   * A step with a day to be done by: `notice`, the latest day to send the notice; `end`, the
   * last working day before the contract ends. `label` names it in the timeline and calendar.
   */
  readonly due?: { readonly by: 'notice' | 'end'; readonly label: string };
};

/** A public page a fact on this page comes from. */
export type Source = {
  readonly url: string;
  /** The page's own title, in its own language. */
  readonly title: string;
  /** The day the page was read for this content, "YYYY-MM-DD". */
  readonly read: string;
};

export type Guidance = {
  /** One line: why this step matters for this company. */
  readonly reason: string;
  readonly sources: readonly Source[];
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
  /** Steps added by the situation check rather than taken from the article. */
  readonly added?: boolean;
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
  /** The same, as the first entry of the page's list of sources. */
  readonly reference: string;
  readonly sections: readonly Section[];
  /** Shown when everything is ticked. */
  readonly conclusion: string;
  /** Questions whose answers add steps before the article's sections. */
  readonly situation?: Situation;
  /** What the letter's wording and the timeline's rules rest on, listed with the others. */
  readonly documentSources?: readonly Source[];
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

/** One question of the situation check; answers are option ids. */
export type SituationQuestion = {
  readonly id: string;
  readonly legend: string;
  /** Any number of answers (checkboxes) rather than one (radios). */
  readonly multiple: boolean;
  /** What the termination letter takes from the answer: the tariff, or the services to end. */
  readonly inLetter?: 'tariff' | 'services';
  readonly options: readonly {
    readonly id: string;
    readonly label: string;
    /** An answer such as "I don't know": it adds steps but says nothing in the letter. */
    readonly uncertain?: boolean;
  }[];
};

/** An answer that adds a step: this option of this question is chosen. */
export type Answer = { readonly question: string; readonly option: string };

/** A step the situation check adds: it applies when any of its answers is given. */
export type AddedStep = Item & {
  readonly guidance: Guidance;
  /** The answers that add it; an empty list adds it as soon as any question is answered. */
  readonly when: readonly Answer[];
};

/**
 * What ending the contract changes for this company: a few questions whose answers add steps
 * to the procedure, each with its reason and sources. Not the article's text.
 */
export type Situation = {
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly SituationQuestion[];
  readonly steps: readonly AddedStep[];
  /** The section of added steps, as the page shows it. */
  readonly section: { readonly id: string; readonly title: string; readonly note: string };
  /** What an answer means for the company, shown under the questions; with its sources. */
  readonly notes: readonly (Guidance & { readonly when: readonly Answer[] })[];
};
