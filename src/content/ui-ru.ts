/** Interface wording in Russian. Procedure texts live in their own content files. */

const pluralRules = new Intl.PluralRules('ru-RU');

type PluralForms = { one: string; few: string; many: string };

/** Picks the Russian form for a count: 1 пункт, 2 пункта, 5 пунктов, 21 пункт. */
export function plural(count: number, forms: PluralForms): string {
  const category = pluralRules.select(count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  return forms.many;
}

const NBSP = '\u00a0';

/**
 * A date format made on first use: making one loads the locale's calendar data, which would
 * otherwise hold up every start, though a first visit shows no dates.
 */
export function lazyDateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  let format: Intl.DateTimeFormat | undefined;
  return {
    format: (time: number | Date) =>
      (format ??= new Intl.DateTimeFormat(locale, options)).format(time),
  };
}

/** Day, month, year and time of day, as ticks and files are dated. */
export const tickTime = lazyDateFormat('ru-RU', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const ui = {
  progressLabel: 'Общий прогресс',
  /** "7 из 17 шагов": after «из» the noun takes the genitive, so 21 reads «из 21 шага». */
  stepsOf: (done: number, total: number) =>
    `${done} из ${total} ${plural(total, { one: 'шага', few: 'шагов', many: 'шагов' })}`,
  percent: (value: number) => `${value}${NBSP}%`,
  progressValueText: (done: number, total: number, value: number) =>
    `${ui.stepsOf(done, total)}, ${value}${NBSP}%`,
  stage: (index: number, count: number) => `Этап ${index} из ${count}`,
  sectionCount: (done: number, total: number) => `${done} из ${total}`,
  sectionDone: 'готово',
  remaining: (count: number) =>
    `${plural(count, { one: 'остался', few: 'осталось', many: 'осталось' })} ${count} ${plural(
      count,
      {
        one: 'пункт',
        few: 'пункта',
        many: 'пунктов',
      },
    )}`,
  lockRemainingIntro: 'Отметьте, что ещё не сделано:',
  lockKeepsChoice: 'Выбранный способ и отмеченные шаги сохранены и вернутся вместе со сравнением.',
  unlocked: 'Сравнение способов открыто: выберите способ.',
  optionIdle: 'Чтобы отмечать эти шаги, выберите этот способ.',
  tickedAt: (time: number) => `отмечено ${tickTime.format(time)}`,
  doneTitle: 'Все шаги пройдены',
  recommendationTitle: 'Рекомендация',
  savedHere:
    'Отметки и заметки сохраняются в этом браузере на этом устройстве: можно закрыть вкладку и вернуться позже. Чтобы перенести их на другое устройство, используйте «Экспорт в файл».',

  resume: 'Продолжить',
  toolbarLabel: 'Ход работы',
  actionsLabel: 'Действия с прогрессом',
  exportLabel: 'Экспорт в файл',
  exportShort: 'Экспорт',
  importLabel: 'Импорт из файла',
  importShort: 'Импорт',
  resetLabel: 'Сбросить прогресс',
  resetShort: 'Сбросить',

  noteButton: 'Заметка',
  noteLabel: (itemText: string) => `Заметка к пункту «${itemText}»`,
  notePrefix: 'Заметка:',
  documentTitle: 'Отключение сопровождения 1С — пошаговый чек-лист',
};

/** The interface wording every language provides. */
export type UiText = typeof ui;
