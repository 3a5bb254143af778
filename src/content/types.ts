/**
 * The shape of a procedure: a titled list of sections whose items a person ticks.
 * Everything the engine and the UI know about a checklist comes through these types,
 * so a second procedure is one more file beside `its-termination.ts`.
 */

export type Item = {
  /** Stable across releases: saved progress refers to it. Never reuse an id for another text. */
  readonly id: string;
  readonly text: string;
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
