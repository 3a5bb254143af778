/**
 * The termination letter's draft: what is wrong with it, the values its text is built from,
 * and when to be reminded. Pure functions; wording comes from the content files.
 */
import type { ProblemCode } from '../content/documents/documents-ru';
import {
  LETTER_FIELDS,
  LETTER_FLAGS,
  REASONS,
  type DocPart,
  type Letter,
  type LetterField,
  type LetterFlag,
  type LetterValues,
  type Reason,
  type Wording,
} from '../content/documents/letter-fields';
import { dayNumber, formatDate } from './dates';
import { accountProblem, bikProblem, innProblem, kppProblem } from './requisites';
import { NOTICE_UNKNOWN, noticePeriod } from './timeline';

export type LetterDraft = Readonly<Partial<Record<LetterField, string>>>;

/** Problems that are advice: the field is still valid. */
const WARNINGS: ReadonlySet<ProblemCode> = new Set(['not-period-end', 'past']);

export const isWarning = (code: ProblemCode) => WARNINGS.has(code);

const value = (draft: LetterDraft, field: LetterField) => draft[field]?.trim() ?? '';

/** The first problem of each field, given today's local date (ISO). */
export function letterProblems(
  draft: LetterDraft,
  today: string,
): Partial<Record<LetterField, ProblemCode>> {
  const problems: Partial<Record<LetterField, ProblemCode>> = {};
  const inn = innProblem(value(draft, 'inn'));
  if (inn) problems.inn = `inn-${inn}`;
  const kpp = kppProblem(value(draft, 'kpp'), value(draft, 'inn'));
  if (kpp) problems.kpp = `kpp-${kpp}`;
  const bik = bikProblem(value(draft, 'bik'));
  if (bik) problems.bik = `bik-${bik}`;
  const account = accountProblem(value(draft, 'account'), value(draft, 'bik'));
  if (account) problems.account = `account-${account}`;

  const todayDay = dayNumber(today);
  const dates = {} as Partial<Record<LetterField, number>>;
  for (const field of ['contractDate', 'periodEnd', 'disconnectionDate'] as const) {
    const text = value(draft, field);
    if (text === '') continue;
    const day = dayNumber(text);
    if (day === null) problems[field] = 'date-invalid';
    else dates[field] = day;
  }
  if (dates.contractDate !== undefined && todayDay !== null && dates.contractDate > todayDay) {
    problems.contractDate = 'contract-future';
  }
  const disconnection = dates.disconnectionDate;
  if (disconnection !== undefined) {
    if (dates.contractDate !== undefined && disconnection <= dates.contractDate) {
      problems.disconnectionDate = 'before-contract';
    } else if (dates.periodEnd !== undefined && disconnection !== dates.periodEnd) {
      problems.disconnectionDate = 'not-period-end';
    } else if (todayDay !== null && disconnection < todayDay) {
      problems.disconnectionDate = 'past';
    }
  }
  const notice = value(draft, 'noticeDays');
  if (notice !== '' && notice !== NOTICE_UNKNOWN && noticePeriod(draft) === null) {
    problems.noticeDays = 'notice-days';
  }
  if (value(draft, 'reason') === 'other' && value(draft, 'reasonDetails') === '') {
    problems.reasonDetails = 'details-needed';
  }
  return problems;
}

const isFlag = (field: LetterField): field is LetterFlag =>
  (LETTER_FLAGS as readonly string[]).includes(field);

const isReason = (text: string): text is Reason => (REASONS as readonly string[]).includes(text);

/** What the situation check tells the letter: the tariff, and the services the company uses. */
export type LetterSituation = {
  readonly tariff: string;
  readonly services: readonly { readonly id: string; readonly label: string }[];
};

/** The services ticked in the letter's form for switching off: ids, in the draft's one field. */
export const servicesOff = (draft: LetterDraft): ReadonlySet<string> =>
  new Set(
    (draft.servicesOff ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );

/** The draft's values for the letter's sentences: dates as DD.MM.YYYY, blanks where empty. */
export function letterValues(
  draft: LetterDraft,
  wording: {
    blanks: Readonly<Record<LetterField, string>>;
    reasons: Readonly<Record<Reason, string>>;
  },
  today: string,
  situation: LetterSituation = { tariff: '', services: [] },
): LetterValues {
  const values = {} as Record<Exclude<LetterField, LetterFlag | 'wording'>, DocPart>;
  for (const field of LETTER_FIELDS) {
    if (isFlag(field) || field === 'wording') continue;
    const text = value(draft, field);
    values[field] = text === '' ? { blank: wording.blanks[field] } : text;
  }
  for (const field of ['contractDate', 'periodEnd', 'disconnectionDate'] as const) {
    const text = values[field];
    if (typeof text === 'string') values[field] = formatDate(text);
  }
  const reason = value(draft, 'reason');
  // "Another reason" is said in the person's own words, in the details.
  if (reason === 'other') {
    values.reason = value(draft, 'reasonDetails') || { blank: wording.blanks.reasonDetails };
    values.reasonDetails = '';
  } else if (isReason(reason)) {
    values.reason = wording.reasons[reason];
  }
  // The letter omits optional requisites rather than showing blanks for them.
  if (typeof values.kpp !== 'string') values.kpp = '';
  if (typeof values.reasonDetails !== 'string') values.reasonDetails = '';
  if (typeof values.regNumbers !== 'string') values.regNumbers = '';
  // The timeline's inputs say nothing in the letter itself.
  values.noticeDays = '';
  values.noticeUnit = '';
  values.delivery = '';
  // A list of ids, said in the letter by the services' names.
  values.servicesOff = '';
  const off = servicesOff(draft);
  return {
    ...values,
    wording: wordingOf(draft),
    today: formatDate(today),
    tariff: situation.tariff,
    services: situation.services
      .filter((service) => off.has(service.id))
      .map((service) => service.label)
      .join(', '),
    reconciliation: value(draft, 'reconciliation') === 'yes',
    refund: value(draft, 'refund') === 'yes',
  };
}

/** The letter's wording: a notice of refusal unless an offer to agree was chosen. */
export const wordingOf = (draft: LetterDraft): Wording =>
  value(draft, 'wording') === 'agreement' ? 'agreement' : 'refusal';

const partText = (part: DocPart) => (typeof part === 'string' ? part : `[${part.blank}]`);

/** The letter as plain text, for the clipboard: blanks in square brackets. */
export function letterText(letter: Letter): string {
  const line = (parts: readonly DocPart[]) => parts.map(partText).join('');
  return [
    ...letter.addressee.map(line),
    '',
    letter.title,
    letter.subtitle,
    '',
    ...letter.paragraphs.flatMap((paragraph) => [line(paragraph), '']),
    ...letter.closing.map(line),
  ].join('\n');
}
