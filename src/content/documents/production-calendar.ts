import type { ProductionCalendar } from '../types';

/**
 * Russia's production calendar for the current and the next year: non-working days
 * (Labour Code art. 112 holidays, a holiday on a weekend moved to the next working day,
 * and the Government's yearly transfer decree) and working weekends.
 */
export const productionCalendar: ProductionCalendar = {
  2026: {
    // 31.12.2025–11.01.2026, 21–23.02, 7–9.03, 1–3.05, 9–11.05, 12–14.06, 4.11, 31.12.
    daysOff: [
      '2026-01-01',
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-02-23',
      '2026-03-09',
      '2026-05-01',
      '2026-05-11',
      '2026-06-12',
      '2026-11-04',
      '2026-12-31',
    ],
    workingWeekends: [],
    source:
      'Трудовой кодекс РФ, ст. 112; постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»',
    final: true,
  },
  2027: {
    // The holidays of art. 112, with 1.05, 9.05 and 12.06 (weekend days) moved to Mondays.
    // The decree that moves the January days off (2 and 3 January fall on a weekend) is
    // not in this data yet.
    daysOff: [
      '2027-01-01',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-02-23',
      '2027-03-08',
      '2027-05-03',
      '2027-05-10',
      '2027-06-14',
      '2027-11-04',
    ],
    workingWeekends: [],
    source:
      'Трудовой кодекс РФ, ст. 112; постановление Правительства РФ о переносе выходных дней в 2027 году в данные ещё не включено',
    final: false,
  },
};
