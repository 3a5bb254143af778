/** The fields of the termination letter's draft, as saved: stable ids, like item ids. */
export const LETTER_FIELDS = [
  'organisation',
  'inn',
  'kpp',
  'contractNumber',
  'contractDate',
  'partner',
  'periodEnd',
  'disconnectionDate',
  'reason',
  'reasonDetails',
  'contact',
  'signatory',
  'regNumbers',
  'reconciliation',
  'refund',
  'bank',
  'bik',
  'account',
  'servicesOff',
] as const;

/** Fields that are a tick in the form: "yes" when ticked, absent otherwise. */
export const LETTER_FLAGS = ['reconciliation', 'refund'] as const;

export type LetterFlag = (typeof LETTER_FLAGS)[number];

export type LetterField = (typeof LETTER_FIELDS)[number];

/** The common reasons offered in the list; "other" asks for the person's own words. */
export const REASONS = [
  'no-updates',
  'cost',
  'other-partner',
  'closing',
  'other-system',
  'other',
] as const;

export type Reason = (typeof REASONS)[number];

/** A piece of a generated document: typed text, or a blank the person has not filled in. */
export type DocPart = string | { readonly blank: string };

/** The letter's values, formatted and ready to be put into sentences. */
export type LetterValues = Readonly<Record<Exclude<LetterField, LetterFlag>, DocPart>> & {
  /** The date the letter is made, "DD.MM.YYYY". */
  readonly today: string;
  /** From the situation check: the ITS tariff, and the services to switch off ('' when none). */
  readonly tariff: string;
  readonly services: string;
  /** Whether the letter asks for the act of reconciliation and the closing documents. */
  readonly reconciliation: boolean;
  /** Whether the letter asks to return unused prepayment to the account given. */
  readonly refund: boolean;
};

/** A generated letter, in the page's language. */
export type Letter = {
  readonly addressee: readonly (readonly DocPart[])[];
  readonly title: string;
  readonly subtitle: string;
  readonly paragraphs: readonly (readonly DocPart[])[];
  readonly closing: readonly (readonly DocPart[])[];
};
