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
  'wording',
  'noticeDays',
  'noticeUnit',
  'delivery',
] as const;

/** How the notice reaches the partner. */
export const DELIVERIES = ['hand', 'post', 'edo'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** The notice period's unit, as the contract counts it. */
export const NOTICE_UNITS = ['calendar', 'working'] as const;
export type NoticeUnit = (typeof NOTICE_UNITS)[number];

/** The saved notice period when the person does not know it yet. */
export const NOTICE_UNKNOWN = 'unknown';

/** Where a deadline of the timeline stands today. */
export type DeadlineState = 'done' | 'passed' | 'soon' | 'ahead';

/** What the letter is: a notice of one-sided refusal (the default), or an offer to agree. */
export const WORDINGS = ['refusal', 'agreement'] as const;

export type Wording = (typeof WORDINGS)[number];

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
export type LetterValues = Readonly<
  Record<Exclude<LetterField, LetterFlag | 'wording'>, DocPart>
> & {
  /** A notice of refusal, or an offer to end the contract by agreement. */
  readonly wording: Wording;
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
