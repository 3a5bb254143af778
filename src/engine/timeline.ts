/**
 * The procedure's timeline: from the end of the billing period, the contract's notice period
 * and the way the notice goes, the latest day to send it, the days the dated steps are due, and
 * where each stands today. Pure: the draft, the calendar and "today" are passed in.
 */
import {
  DELIVERIES,
  NOTICE_UNKNOWN,
  type DeadlineState,
  type Delivery,
  type NoticeUnit,
} from '../content/documents/letter-fields';
import type { Item, Procedure, ProductionCalendar } from '../content/types';
import { dayNumber, isoOf, isWorkingDay, workingDayOnOrBefore, workingDaysAfter } from './dates';
import { sectionsOf } from './progress';
import type { Answers } from './situation';

export { DELIVERIES, NOTICE_UNITS, NOTICE_UNKNOWN } from '../content/documents/letter-fields';

/** The longest notice period the form takes, in days. */
export const NOTICE_MAX_DAYS = 365;

/**
 * Days the page allows for the notice to travel, by the way it goes. They are the page's own
 * margins, said on the page next to the result, not rules of law.
 */
export const DELIVERY_MARGIN = {
  /** Handed over against a signature: received the day it is handed over. */
  hand: { days: 0, working: true },
  /** Registered post: the days a letter may travel between two cities. */
  post: { days: 14, working: false },
  /** Through the EDO operator: one working day for delivery and its confirmation. */
  edo: { days: 1, working: true },
} as const satisfies Record<Delivery, { days: number; working: boolean }>;

/** Days a registered letter waits at the post office before it goes back to the sender. */
export const POST_STORAGE_DAYS = 30;

/** Working days ahead under which a deadline is shown as close. */
export const SOON_WORKING_DAYS = 3;

type Draft = Readonly<Partial<Record<string, string>>>;

/** The notice period as typed: days, unknown, or not given. */
export function noticePeriod(draft: Draft): { days: number; unit: NoticeUnit } | 'unknown' | null {
  const text = draft.noticeDays?.trim() ?? '';
  if (text === NOTICE_UNKNOWN) return 'unknown';
  if (!/^\d{1,3}$/.test(text)) return null;
  const days = Number(text);
  if (days > NOTICE_MAX_DAYS) return null;
  return { days, unit: draft.noticeUnit === 'working' ? 'working' : 'calendar' };
}

export const deliveryOf = (draft: Draft): Delivery | null =>
  (DELIVERIES as readonly string[]).includes(draft.delivery ?? '')
    ? (draft.delivery as Delivery)
    : null;

/** The day the contract ends: the disconnection date, else the end of the billing period. */
export function contractEnd(draft: Draft): string | null {
  return (
    [draft.disconnectionDate, draft.periodEnd]
      .map((text) => text?.trim() ?? '')
      .find((text) => dayNumber(text) !== null) ?? null
  );
}

/** `count` days before `day`, calendar or working; working days land on a working day. */
function daysBefore(day: number, count: number, working: boolean, calendar: ProductionCalendar) {
  if (!working) return day - count;
  let found = day;
  for (let left = count; left > 0;) {
    found -= 1;
    if (isWorkingDay(found, calendar)) left -= 1;
  }
  return found;
}

/** When the notice must be received and sent, and the assumption behind it. */
export type NoticePlan = {
  /** The contract's end, ISO. */
  readonly end: string;
  readonly period: { readonly days: number; readonly unit: NoticeUnit };
  /** The last working day on which the partner must have the notice. */
  readonly receiveBy: string;
  readonly delivery: Delivery | null;
  /** The last working day to send it by the chosen way; absent while no way is chosen. */
  readonly sendBy?: string;
  /** Registered post: the day to send it by so that it counts as received even if not collected. */
  readonly sendByUncollected?: string;
};

/** The notice's dates, or null while the end or the notice period is not known. */
export function noticePlan(draft: Draft, calendar: ProductionCalendar): NoticePlan | null {
  const end = contractEnd(draft);
  const period = noticePeriod(draft);
  if (end === null || period === null || period === 'unknown') return null;
  const endDay = dayNumber(end) as number;
  const receive = workingDayOnOrBefore(
    daysBefore(endDay, period.days, period.unit === 'working', calendar),
    calendar,
  );
  const delivery = deliveryOf(draft);
  const plan: NoticePlan = { end, period, receiveBy: isoOf(receive), delivery };
  if (delivery === null) return plan;
  const margin = DELIVERY_MARGIN[delivery];
  const send = workingDayOnOrBefore(
    daysBefore(receive, margin.days, margin.working, calendar),
    calendar,
  );
  return {
    ...plan,
    sendBy: isoOf(send),
    ...(delivery === 'post' && {
      sendByUncollected: isoOf(workingDayOnOrBefore(send - POST_STORAGE_DAYS, calendar)),
    }),
  };
}

export type { DeadlineState } from '../content/documents/letter-fields';

export type Deadline = {
  /** 'notice', 'end' (the contract's end itself), or the id of the dated step. */
  readonly id: string;
  /** What is to be done by then, in a few words. */
  readonly label: string;
  /** ISO; a working day, except the end, which is the date in the letter. */
  readonly date: string;
  /** The steps whose tick says it is done. */
  readonly items: readonly string[];
};

/** What the timeline's own entries are called, in the page's language. */
export type TimelineWording = { readonly notice: string; readonly end: string };

/**
 * Every dated entry, in date order: the notice (when its dates are known), each step due before
 * the end, and the end. `items` are the steps on the page now (the article's and those the
 * answers add); a step dated `notice` marks the notice as sent.
 */
export function deadlines(
  draft: Draft,
  items: readonly Item[],
  calendar: ProductionCalendar,
  wording: TimelineWording,
): readonly Deadline[] {
  const end = contractEnd(draft);
  if (end === null) return [];
  const list: Deadline[] = [];
  const notice = noticePlan(draft, calendar);
  if (notice) {
    list.push({
      id: 'notice',
      label: wording.notice,
      date: notice.sendBy ?? notice.receiveBy,
      items: items.filter((item) => item.due?.by === 'notice').map((item) => item.id),
    });
  }
  const lastWorking = isoOf(workingDayOnOrBefore(dayNumber(end) as number, calendar));
  for (const item of items) {
    if (item.due?.by !== 'end') continue;
    list.push({ id: item.id, label: item.due.label, date: lastWorking, items: [item.id] });
  }
  list.push({ id: 'end', label: wording.end, date: end, items: [] });
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

/** The deadline an item carries on its card, if any. */
export const deadlineOf = (list: readonly Deadline[], itemId: string): Deadline | undefined =>
  list.find((deadline) => deadline.items.includes(itemId));

/**
 * Done once one of its steps is ticked (the end, once its day has passed); passed after its
 * day; soon while fewer than `SOON_WORKING_DAYS` working days are left.
 */
export function deadlineState(
  deadline: Deadline,
  ticked: (itemId: string) => boolean,
  today: string,
  calendar: ProductionCalendar,
): { state: DeadlineState; workingDaysLeft: number } {
  const day = dayNumber(deadline.date) as number;
  const now = dayNumber(today) ?? day;
  const workingDaysLeft = workingDaysAfter(now, day, calendar);
  const done = deadline.id === 'end' ? now > day : deadline.items.some(ticked);
  const state: DeadlineState = done
    ? 'done'
    : now > day
      ? 'passed'
      : workingDaysLeft < SOON_WORKING_DAYS
        ? 'soon'
        : 'ahead';
  return { state, workingDaysLeft };
}

/** The first deadline not done: what the top of the page names. */
export function nextDeadline(
  list: readonly Deadline[],
  ticked: (itemId: string) => boolean,
  today: string,
  calendar: ProductionCalendar,
): (Deadline & ReturnType<typeof deadlineState>) | null {
  for (const deadline of list) {
    const state = deadlineState(deadline, ticked, today, calendar);
    if (state.state !== 'done') return { ...deadline, ...state };
  }
  return null;
}

/** The years the plan passes through whose calendar is provisional or missing. */
export function uncertainYears(
  dates: readonly string[],
  calendar: ProductionCalendar,
): { provisional: number[]; missing: number[] } {
  const years = [...new Set(dates.map((date) => Number(date.slice(0, 4))))].sort();
  return {
    provisional: years.filter((year) => calendar[year]?.final === false),
    missing: years.filter((year) => !Object.hasOwn(calendar, year)),
  };
}

const datedCache = new WeakMap<Procedure, WeakMap<Answers, readonly Item[]>>();

/**
 * The steps on the page now that carry a day to be done by, in the page's order. Remembered
 * for each procedure and set of answers, which are replaced, never changed: a tick, which
 * changes neither, costs the cards that show a date nothing.
 */
export function datedItems(procedure: Procedure, answers: Answers): readonly Item[] {
  let byAnswers = datedCache.get(procedure);
  if (!byAnswers) {
    byAnswers = new WeakMap();
    datedCache.set(procedure, byAnswers);
  }
  let items = byAnswers.get(answers);
  if (!items) {
    items = sectionsOf(procedure, { ticks: {}, choices: {}, answers })
      .flatMap((section) =>
        section.kind === 'list' ? section.items : section.options.flatMap((option) => option.items),
      )
      .filter((item) => item.due !== undefined);
    byAnswers.set(answers, items);
  }
  return items;
}
