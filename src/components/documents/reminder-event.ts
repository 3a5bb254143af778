import { itsTermination } from '../../content/article/its-termination';
import { documents as russian, type DocumentsText } from '../../content/documents/documents-ru';
import { productionCalendar } from '../../content/documents/production-calendar';
import type { Procedure } from '../../content/types';
import { dayNumber, formatDate, workingDaysBefore } from '../../engine/dates';
import { type ReminderEvent, writeCalendar } from '../../engine/ics';
import type { LetterDraft } from '../../engine/letter';
import type { Answers } from '../../engine/situation';
import { datedItems, deadlines, noticePlan } from '../../engine/timeline';

/** Each event's alarms: 3 working days before (holidays skipped), and 15 minutes before. */
const EARLY_WORKING_DAYS = 3;
const START = '10:00';

/** Minutes from 10:00 `working` working days before `date` to 10:00 on `date`. */
function earlyAlarm(date: string): number | null {
  const early = workingDaysBefore(date, EARLY_WORKING_DAYS, productionCalendar);
  const day = dayNumber(date);
  const earlyDay = early ? dayNumber(early.date) : null;
  return day === null || earlyDay === null ? null : (day - earlyDay) * 1440;
}

export type OrganisationFacts = {
  readonly id: string;
  readonly name?: string;
  readonly letter: LetterDraft;
  readonly answers?: Answers;
};

/**
 * One calendar event per deadline of an organisation's timeline: the notice, each dated step,
 * the end of the contract. An event's id is the organisation's and the deadline's, so a
 * calendar downloaded again (alone or with the others) moves the events already there.
 */
export function timelineEvents(
  organisation: OrganisationFacts,
  text: DocumentsText,
  stamp: Date,
  procedure: Procedure = itsTermination,
): ReminderEvent[] {
  const { letter } = organisation;
  const list = deadlines(
    letter,
    datedItems(procedure, organisation.answers ?? {}),
    productionCalendar,
    text.timeline,
  );
  const notice = noticePlan(letter, productionCalendar);
  const contractText = text.recordContract(
    letter.contractNumber?.trim() ?? '',
    formatDate(letter.contractDate ?? ''),
  );
  // Organisation 1 keeps the ids its reminders had before there were several.
  const owner = organisation.id === '1' ? '' : `org-${organisation.id}-`;
  const suffix = organisation.name ? ` (${organisation.name})` : '';
  return list.map((deadline) => {
    const early = earlyAlarm(deadline.date);
    return {
      uid: `its-termination-${owner}${deadline.id}@otkluchenie-soprovozhdeniya-1c`,
      stamp,
      date: deadline.date,
      time: START,
      durationMinutes: 30,
      summary: `${text.eventSummary(deadline.id, deadline.label)}${suffix}`,
      description: text.eventDescription({
        id: deadline.id,
        date: formatDate(deadline.date),
        end: formatDate(list.find((entry) => entry.id === 'end')?.date ?? ''),
        contract: contractText,
        receiveBy: notice ? formatDate(notice.receiveBy) : '',
        delivery: notice?.delivery ?? null,
      }),
      alarmsMinutesBefore: early === null ? [15] : [early, 15],
    };
  });
}

/**
 * One calendar file with the timelines of several organisations (those whose letter gives a
 * date), or null when none does. `count` is how many organisations it holds. The list of
 * organisations asks for it through the documents part, which is loaded by then.
 */
export function remindersOf(
  organisations: readonly OrganisationFacts[],
  text: DocumentsText = russian,
  stamp = new Date(),
  procedure: Procedure = itsTermination,
): { readonly calendar: string; readonly count: number } | null {
  const timelines = organisations
    .map((organisation) => timelineEvents(organisation, text, stamp, procedure))
    .filter((events) => events.length > 0);
  return timelines.length === 0
    ? null
    : { calendar: writeCalendar(timelines.flat()), count: timelines.length };
}
