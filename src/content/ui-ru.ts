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

const tickTime = new Intl.DateTimeFormat('ru-RU', {
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
  actionsLabel: 'Действия с прогрессом',
  exportLabel: 'Экспорт в файл',
  exportShort: 'Экспорт',
  importLabel: 'Импорт из файла',
  importShort: 'Импорт',
  resetLabel: 'Сбросить прогресс',
  resetShort: 'Сбросить',
  cancel: 'Отмена',
  undo: 'Отменить',
  close: 'Закрыть',

  resetTitle: 'Сбросить весь прогресс?',
  resetDescription: (ticked: number, notes: number) =>
    `Будут сняты все отметки (${ticked}), выбор способа и ${notes > 0 ? `заметки (${notes})` : 'заметки'}. Сразу после сброса его можно отменить.`,
  resetConfirm: 'Сбросить',
  resetDone: 'Прогресс сброшен.',

  importTitle: 'Загрузить прогресс из файла?',
  importNow: (done: number, total: number) => `Сейчас отмечено: ${ui.stepsOf(done, total)}.`,
  importFromFile: (done: number, total: number, exportedAt: Date | null) =>
    `В файле: ${ui.stepsOf(done, total)}${exportedAt ? `, сохранён ${tickTime.format(exportedAt)}` : ''}.`,
  importReplaces:
    'Текущие отметки, выбор способа и заметки будут заменены. Это можно будет отменить.',
  importConfirm: 'Заменить прогресс',
  importDone: 'Прогресс загружен из файла.',
  importFailedTitle: 'Файл не загружен',
  importUnchanged: 'Текущий прогресс не изменён.',
  importProblems: {
    'too-large': 'Файл больше 100 КБ: это не файл прогресса.',
    empty: 'Файл пустой.',
    'not-json': 'Файл повреждён или это не файл в формате JSON.',
    'wrong-format': 'Это не файл прогресса этого чек-листа.',
    'newer-version':
      'Файл создан более новой версией страницы: обновите страницу (Ctrl+F5) и загрузите его снова.',
    'bad-shape': 'В файле есть повреждённые записи.',
    'unknown-ids': 'В файле есть шаги, которых нет в этом чек-листе.',
    'note-too-long': 'В файле есть заметка длиннее 500 символов.',
    unreadable: 'Браузер не смог прочитать файл.',
  },
  undone: 'Прогресс восстановлен.',

  storage: {
    corrupt: {
      title: 'Сохранённый прогресс не удалось прочитать',
      text: 'Мы начали с чистого листа, а старые данные сохранили отдельно: скачайте их, если захотите восстановить отметки вручную.',
    },
    blocked: {
      title: 'Браузер не даёт сохранять прогресс',
      text: 'Отметки работают, но пропадут, когда вы закроете вкладку. Разрешите сайту хранить данные или откройте страницу в обычном, не приватном окне; чтобы ничего не потерять сейчас, сохраните прогресс кнопкой «Экспорт в файл».',
    },
    full: {
      title: 'Память браузера переполнена',
      text: 'Последние изменения пока хранятся только в этой вкладке. Освободите место, например удалите данные других сайтов: при следующем изменении мы попробуем сохранить снова. «Экспорт в файл» работает и сейчас.',
    },
    newer: {
      title: 'Прогресс сохранён более новой версией страницы',
      text: 'Чтобы не испортить его, эта вкладка ничего не сохраняет. Обновите страницу (Ctrl+F5), чтобы загрузить новую версию.',
    },
  },
  downloadUnreadable: 'Скачать старые данные',
  dismiss: 'Понятно',

  noteButton: 'Заметка',
  noteLabel: (itemText: string) => `Заметка к пункту «${itemText}»`,
  noteHint: 'Например, номер исходящего письма или дата акта.',
  noteCount: (length: number, max: number) => `${length} из ${max} символов`,
  noteDone: 'Готово',
  notePrefix: 'Заметка:',
} as const;
