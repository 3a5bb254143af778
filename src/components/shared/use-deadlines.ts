import { useContext } from 'react';
import { productionCalendar } from '../../content/documents/production-calendar';
import type { Item } from '../../content/types';
import { localIso } from '../../engine/dates';
import {
  datedItems,
  deadlineOf,
  deadlines,
  deadlineState,
  nextDeadline,
  type Deadline,
  type DeadlineState,
} from '../../engine/timeline';
import { useProgressStore, type ProgressState } from '../../store/progress-store';
import { LanguageContext } from './language';

type Wording = { readonly notice: string; readonly end: string };

type Procedure = Parameters<typeof datedItems>[0];

/** The last timeline worked out: a tick changes neither the letter nor the answers. */
let last: {
  letter: object;
  answers: object;
  procedure: Procedure;
  wording: Wording;
  list: readonly Deadline[];
} | null = null;

function timelineOf(
  state: Pick<ProgressState, 'letter' | 'answers'>,
  procedure: Procedure,
  wording: Wording,
): readonly Deadline[] {
  if (
    last?.letter !== state.letter ||
    last.answers !== state.answers ||
    last.procedure !== procedure ||
    last.wording !== wording
  ) {
    const list = deadlines(
      state.letter,
      datedItems(procedure, state.answers),
      productionCalendar,
      wording,
    );
    last = { letter: state.letter, answers: state.answers, procedure, wording, list };
  }
  return last.list;
}

/** The open organisation's deadlines, in date order; redrawn when the letter or answers change. */
export function useDeadlines(): readonly Deadline[] {
  const { procedure, ui } = useContext(LanguageContext);
  const letter = useProgressStore((state) => state.letter);
  const answers = useProgressStore((state) => state.answers);
  return timelineOf({ letter, answers }, procedure, ui.timeline);
}

/** A deadline as a card or the top of the page shows it. */
export type ShownDeadline = {
  readonly id: string;
  readonly label: string;
  readonly date: string;
  readonly state: DeadlineState;
  readonly workingDaysLeft: number;
};

/**
 * A deadline as text: a plain value, so that a selector returning it redraws nothing when,
 * say, the letter is typed in but the dates stay the same.
 */
const shownText = (deadline: Deadline, state: ReturnType<typeof deadlineState>): string =>
  JSON.stringify({
    id: deadline.id,
    label: deadline.label,
    date: deadline.date,
    state: state.state,
    workingDaysLeft: state.workingDaysLeft,
  } satisfies ShownDeadline);

const parsed = (text: string): ShownDeadline | null =>
  text === '' ? null : (JSON.parse(text) as ShownDeadline);

const tickedIn = (state: Pick<ProgressState, 'ticks'>) => (id: string) =>
  Object.hasOwn(state.ticks, id);

/** The day an item is due by and where that stands today; null for a step without a date. */
export function useItemDeadline(item: Item): ShownDeadline | null {
  const { procedure, ui } = useContext(LanguageContext);
  const text = useProgressStore((state) => {
    if (!item.due) return '';
    const deadline = deadlineOf(timelineOf(state, procedure, ui.timeline), item.id);
    if (!deadline) return '';
    const today = localIso(new Date());
    return shownText(deadline, deadlineState(deadline, tickedIn(state), today, productionCalendar));
  });
  return parsed(text);
}

/** The first deadline not yet met, for the top of the page. */
export function useNextDeadline(): ShownDeadline | null {
  const { procedure, ui } = useContext(LanguageContext);
  const text = useProgressStore((state) => {
    const list = timelineOf(state, procedure, ui.timeline);
    if (list.length === 0) return '';
    const next = nextDeadline(list, tickedIn(state), localIso(new Date()), productionCalendar);
    return next ? shownText(next, next) : '';
  });
  return parsed(text);
}
