/**
 * The benchmark's 50 organisations: what a partner's accountant who keeps the procedure of
 * fifty client companies on one device has saved. Each organisation has a name, most of its
 * steps ticked with a note, the method "Через партнера 1С" chosen, the letter's main fields
 * filled in and the situation check answered. Built with the store's own functions, so the
 * saved form is the one the page writes (schema version 5).
 */
import { itsTermination } from '../src/content/article/its-termination.ts';
import type { Procedure } from '../src/content/types.ts';
import { addedSteps } from '../src/engine/situation.ts';
import {
  packFacts,
  sanitizeSynced,
  stampChanges,
  stampList,
  firstList,
  type SavedProgress,
} from '../src/store/saved.ts';
import { ORGANISATIONS_KEY, organisationKey } from '../src/store/storage-key.ts';

/** The store's schema version (`STORAGE_VERSION` in src/store/progress-store.ts). */
const SCHEMA_VERSION = 5;

export const ORGANISATION_COUNT = 50;

const COMPANIES = [
  'Ромашка',
  'Лютик',
  'Василёк',
  'Колокольчик',
  'Незабудка',
  'Одуванчик',
  'Подснежник',
  'Ландыш',
  'Клевер',
  'Шиповник',
];
const FORMS = ['ООО', 'АО', 'ИП Иванов', 'ООО', 'ЗАО'];

/** The name of organisation `id` (1 to 50): the list's name, also the letter's "Организация". */
export const organisationNameOf = (id: number) => {
  const form = FORMS[id % FORMS.length] ?? 'ООО';
  const company = COMPANIES[id % COMPANIES.length] ?? 'Ромашка';
  return form.startsWith('ИП')
    ? `${form} (${company}-${String(id)})`
    : `${form} «${company}-${String(id)}»`;
};

const two = (value: number) => String(value).padStart(2, '0');
/** The last day of a month of 2027, ISO. */
const monthEnd = (month: number) => new Date(Date.UTC(2027, month, 0)).toISOString().slice(0, 10);

/** The steps a person with these answers and the partner method sees, in the page's order. */
function steps(procedure: Procedure, answers: Record<string, string>): string[] {
  const ids: string[] = [];
  for (const section of procedure.sections) {
    if (section.kind === 'list') ids.push(...section.items.map((item) => item.id));
    else
      ids.push(
        ...(section.options.find((option) => option.id === 'partner')?.items ?? []).map(
          (item) => item.id,
        ),
      );
  }
  if (procedure.situation) {
    ids.push(...addedSteps(procedure.situation, answers).map((step) => step.id));
  }
  return ids;
}

/** Organisation `id`'s facts: all but one to three steps ticked, nearly every tick noted. */
function factsOf(id: number, start: number): SavedProgress {
  const answers: Record<string, string> = {
    edition: id % 3 === 0 ? 'corp' : 'prof',
    tariff: 'prof',
    'services:reporting': 'yes',
    ...(id % 2 === 0 ? { 'services:edo': 'yes' } : {}),
  };
  const all = steps(itsTermination, answers);
  const ticked = all.slice(0, all.length - 1 - (id % 3));
  const ticks: Record<string, number> = {};
  const notes: Record<string, string> = {};
  ticked.forEach((step, index) => {
    ticks[step] = start + index * 3_600_000;
    if (index % 5 !== 4) {
      notes[step] =
        `Письмо № ${String(id)}-${String(index + 1)} от ${two((index % 28) + 1)}.12.2026`;
    }
  });
  const disconnection = monthEnd((id % 12) + 1);
  return {
    ticks,
    choices: { methods: 'partner' },
    notes,
    letter: {
      organisation: organisationNameOf(id),
      inn: '7707083893',
      contractNumber: `ИТС-${String(1000 + id)}`,
      contractDate: '2024-01-15',
      partner: 'ООО «Партнёр 1С»',
      periodEnd: disconnection,
      disconnectionDate: disconnection,
      reason: 'cost',
      contact: `+7 900 000-${two(id)}-${two(id)}, buh${String(id)}@example.ru`,
      signatory: 'Генеральный директор Петров П. П.',
    },
    answers,
    tickedBy: {},
    notedBy: {},
  };
}

/**
 * What localStorage holds on such a device, as Playwright's `storageState` takes it: the
 * list of the 50 organisations with their names, and each one's packed facts with the change
 * times the page would have stamped.
 */
export function fiftyOrganisations(): { name: string; value: string }[] {
  const start = Date.UTC(2026, 9, 1, 9);
  const organisations: Record<string, number> = {};
  const names: Record<string, string> = {};
  const saved: { name: string; value: string }[] = [];
  for (let id = 1; id <= ORGANISATION_COUNT; id += 1) {
    const key = String(id);
    organisations[key] = id;
    names[key] = organisationNameOf(id);
    const facts = stampChanges(
      sanitizeSynced(undefined),
      factsOf(id, start + id * 43_200_000),
      start + id * 43_200_000 + 3 * 86_400_000,
    );
    saved.push({
      name: organisationKey(key),
      value: JSON.stringify({ state: packFacts(facts), version: SCHEMA_VERSION }),
    });
  }
  const list = stampList(firstList(), { organisations, names, language: 'ru' }, start);
  saved.push({
    name: ORGANISATIONS_KEY,
    value: JSON.stringify({ state: list, version: SCHEMA_VERSION }),
  });
  return saved;
}
