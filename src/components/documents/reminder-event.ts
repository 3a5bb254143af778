import { documents as russian, type DocumentsText } from '../../content/documents-ru';
import { productionCalendar } from '../../content/production-calendar';
import { formatDate } from '../../engine/dates';
import { type ReminderEvent, writeCalendar } from '../../engine/ics';
import { reminderDay, type LetterDraft } from '../../engine/letter';

/**
 * The calendar reminder of one organisation's disconnection, or null when its letter gives
 * no date to count from. The same organisation and date always give the same event id, so a
 * reminder downloaded again (alone or with the others) updates the one already in a calendar.
 */
export function reminderEvent(
  draft: LetterDraft,
  text: DocumentsText,
  organisation: { readonly id: string; readonly name?: string },
  stamp: Date,
): { event: ReminderEvent; plan: NonNullable<ReturnType<typeof reminderDay>> } | null {
  const plan = reminderDay(draft, productionCalendar, text.reminderWorkingDays);
  if (!plan) return null;
  const contractText = text.recordContract(
    draft.contractNumber?.trim() ?? '',
    formatDate(draft.contractDate ?? ''),
  );
  // Organisation 1 keeps the id its reminders had before there were several.
  const owner = organisation.id === '1' ? '' : `org-${organisation.id}-`;
  return {
    plan,
    event: {
      uid: `its-termination-${owner}${plan.target}@otkluchenie-soprovozhdeniya-1c`,
      stamp,
      date: plan.date,
      time: '10:00',
      durationMinutes: 30,
      summary: organisation.name
        ? `${text.reminderSummary} (${organisation.name})`
        : text.reminderSummary,
      description: text.reminderDescription(formatDate(plan.target), contractText),
      alarmMinutesBefore: 15,
    },
  };
}

/**
 * One calendar file with the reminders of several organisations (those whose letter gives a
 * date), or null when none does. The list of organisations asks for it through the documents
 * part, which is loaded by then.
 */
export function remindersOf(
  organisations: readonly {
    readonly id: string;
    readonly name: string;
    readonly letter: LetterDraft;
  }[],
  text: DocumentsText = russian,
  stamp = new Date(),
): { readonly calendar: string; readonly count: number } | null {
  const events = organisations.flatMap(
    ({ id, name, letter }) => reminderEvent(letter, text, { id, name }, stamp)?.event ?? [],
  );
  return events.length === 0 ? null : { calendar: writeCalendar(events), count: events.length };
}
