/**
 * Calendar dates as the form keeps them (ISO "YYYY-MM-DD", no time zone), and working days
 * by a production calendar. Pure: "today" is always passed in.
 */

import type { ProductionCalendar } from '../content/types';

const DAY_MS = 86_400_000;

/** Day number since 1970-01-01 of a real date between 1900 and 2100, or null. */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100) return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

/** The ISO date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The person's local calendar date, as ISO. */
export function localIso(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "DD.MM.YYYY", the way Russian documents write dates; the input itself when not a date. */
export function formatDate(iso: string): string {
  return dayNumber(iso) === null
    ? iso
    : `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** Whole days from one date to another: positive when `to` is later. */
export function daysBetween(from: string, to: string): number | null {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === null || end === null ? null : end - start;
}

/** Whether a day is worked; weekends and listed days off are not. */
export function isWorkingDay(day: number, calendar: ProductionCalendar): boolean {
  const iso = isoOf(day);
  const year = calendar[Number(iso.slice(0, 4))];
  const weekday = new Date(day * DAY_MS).getUTCDay();
  if (weekday === 0 || weekday === 6) return year?.workingWeekends.includes(iso) ?? false;
  return !(year?.daysOff.includes(iso) ?? false);
}

/**
 * The date `count` working days before `iso` (the date itself not counted): always a working
 * day, so a reminder never lands on a weekend or a holiday. `covered` says whether every year
 * passed through is in the calendar; beyond it only weekends are known.
 */
export function workingDaysBefore(
  iso: string,
  count: number,
  calendar: ProductionCalendar,
): { date: string; covered: boolean } | null {
  let day = dayNumber(iso);
  if (day === null) return null;
  let covered = Object.hasOwn(calendar, Number(iso.slice(0, 4)));
  for (let left = count; left > 0;) {
    day -= 1;
    if (!Object.hasOwn(calendar, Number(isoOf(day).slice(0, 4)))) covered = false;
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return { date: isoOf(day), covered };
}

/** The day itself when it is worked, else the last working day before it. */
export function workingDayOnOrBefore(day: number, calendar: ProductionCalendar): number {
  let found = day;
  while (!isWorkingDay(found, calendar)) found -= 1;
  return found;
}

/** Working days after `from` up to and including `to`: 0 when `to` is `from` or earlier. */
export function workingDaysAfter(from: number, to: number, calendar: ProductionCalendar): number {
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}
