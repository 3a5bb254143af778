/** Interface wording in Russian. Procedure texts live in their own content files. */

type PluralForms = { one: string; few: string; many: string };

/**
 * Picks the Russian form for a whole count: 1 пункт, 2 пункта, 5 пунктов, 21 пункт, 11 пунктов.
 * The rule is CLDR's for integers, written out: Intl.PluralRules would load the locale's data
 * on the page's first start.
 */
export function plural(count: number, forms: PluralForms): string {
  const lastDigit = Math.abs(count) % 10;
  const lastTwo = Math.abs(count) % 100;
  if (lastDigit === 1 && lastTwo !== 11) return forms.one;
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) return forms.few;
  return forms.many;
}

export const NBSP = '\u00a0';

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** Local time of day, "09:05". */
export const clockTime = (date: Date) =>
  `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;

/**
 * Day, month, year and time of day, as ticks and files are dated: "07.11.2026, 09:05", the form
 * Intl gives for ru-RU. Written out because an Intl date format loads the locale's calendar
 * data on first use, which held up the first tick by a tenth of a second on a slow phone.
 */
export const tickTime = {
  format: (time: number | Date) => {
    const date = new Date(time);
    return `${twoDigits(date.getDate())}.${twoDigits(date.getMonth() + 1)}.${String(date.getFullYear())}, ${clockTime(date)}`;
  },
};

/** "сегодня", "вчера", "3 дня назад". */
const daysText = (days: number) =>
  days <= 0
    ? 'сегодня'
    : days === 1
      ? 'вчера'
      : `${String(days)} ${plural(days, { one: 'день', few: 'дня', many: 'дней' })} назад`;

export const ui = {
  progressLabel: 'Общий прогресс',
  /** "7 из 17 шагов": after «из» the noun takes the genitive, so 21 reads «из 21 шага». */
  stepsOf: (done: number, total: number) =>
    `${done} из ${total} ${plural(total, { one: 'шага', few: 'шагов', many: 'шагов' })}`,
  percent: (value: number) => `${value}${NBSP}%`,
  progressValueText: (done: number, total: number, value: number) =>
    `${ui.stepsOf(done, total)}, ${value}${NBSP}%`,
  stage: (index: number, count: number) => `Этап ${index} из ${count}`,
  /** What a person moving by headings hears after a stage's title. */
  stageState: (done: number, total: number, locked: boolean) =>
    locked
      ? 'ещё не открыт'
      : total === 0
        ? 'способ не выбран'
        : done === total
          ? 'готово'
          : `${done} из ${total}`,
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
  lockItemDone: 'отмечено',
  lockKeepsChoice: 'Выбранный способ и отмеченные шаги сохранены и вернутся вместе со сравнением.',
  unlocked: 'Сравнение способов открыто: выберите способ.',
  optionIdle: 'Чтобы отмечать эти шаги, выберите этот способ.',
  tickedAt: (time: number) => `отмечено ${tickTime.format(time)}`,
  doneTitle: 'Все шаги пройдены',
  doneOutsideTitle: 'Что ещё должно произойти вне страницы',
  doneOutsideNote:
    'Отметки здесь — ваш план, а не само прекращение договора: он прекращается, когда партнёр получил уведомление и наступила указанная в нём дата.',
  doneOutside: (receiveBy: string, end: string) => [
    `Партнёр получил уведомление${receiveBy ? ` не позднее ${receiveBy}` : ''}, а у вас есть подтверждение вручения: подпись на копии, уведомление о вручении или квитанция ЭДО.`,
    'Акт выполненных работ и документы о расторжении подписаны обеими сторонами.',
    end ? `Наступила дата прекращения договора — ${end}.` : 'Наступила дата прекращения договора.',
  ],
  recommendationTitle: 'Рекомендация',
  partFailed:
    'Часть страницы не загрузилась. Проверьте подключение к интернету и обновите страницу.',
  savedHere:
    'Отметки и заметки сохраняются в этом браузере на этом устройстве: можно закрыть вкладку и вернуться позже. Чтобы продолжить на другом устройстве или передать коллеге, используйте «Передать» или «Экспорт в файл».',

  // What the browser keeps: the footer's words and the gentle reminder to make a copy.
  keep: {
    kept: 'Браузер сохранит данные: он обещал не удалять их сам.',
    mayDelete:
      'Браузер может удалить данные, если страницу долго не открывать или на устройстве мало места, — сделайте копию: «Экспорт в файл».',
    refused:
      'Браузер не обещал хранить данные и может их удалить — сделайте копию: «Экспорт в файл».',
    unsupported:
      'Этот браузер может удалить данные страницы — время от времени делайте копию: «Экспорт в файл».',
    asking: 'Спрашиваем браузер…',
  },
  keepButton: 'Хранить надёжно',
  copyReminder: (daysAgo: number | null) =>
    `${daysAgo === null ? 'Копии ещё не было' : `Последняя копия: ${daysText(daysAgo)}`}. Отметки за несколько дней есть только в этом браузере, а он может удалить данные страницы.`,
  copyButton: 'Сохранить копию в файл',
  deviceName: 'Кто отмечает',
  deviceNameHint:
    'Необязательно. Имя сохраняется с каждой отметкой и заметкой, сделанной здесь, передаётся с файлом и ссылкой и попадает в протокол.',
  deviceNamePlaceholder: 'например, Иванова А. А.',

  organisationCaption: 'Организация',
  organisationDefault: (number: number) => `Организация ${String(number)}`,
  resume: 'Продолжить',
  toolbarLabel: 'Ход работы',
  actionsLabel: 'Действия с прогрессом',
  exportLabel: 'Экспорт в файл',
  exportShort: 'Экспорт',
  importLabel: 'Импорт из файла',
  importShort: 'Импорт',
  shareLabel: 'Передать на другое устройство',
  shareShort: 'Передать',
  resetLabel: 'Сбросить прогресс',
  resetShort: 'Сбросить',

  situationLabel: 'Перед началом',
  situationOpen: (count: number) =>
    `Ответить на ${count} ${plural(count, { one: 'вопрос', few: 'вопроса', many: 'вопросов' })}`,
  situationChange: 'Изменить ответы',
  situationClear: 'Очистить ответы',
  situationCleared: 'Ответы очищены: добавленные шаги убраны, их отметки сохранены.',
  situationAdded: (count: number) =>
    count === 0
      ? 'Ваши ответы не добавляют шагов.'
      : `${plural(count, { one: 'Добавлен', few: 'Добавлено', many: 'Добавлено' })} ${count} ${plural(count, { one: 'шаг', few: 'шага', many: 'шагов' })}: ${plural(count, { one: 'он учтён', few: 'они учтены', many: 'они учтены' })} в общем прогрессе.`,
  addedLabel: 'Дополнение к статье',
  addedTag: 'Не из статьи.',
  cautionTag: 'Осторожно — не из статьи:',
  timeline: { notice: 'Отправить уведомление партнёру', end: 'Договор ИТС прекращается' },
  dueBy: (date: string) => `до ${date}`,
  dueState: (state: 'passed' | 'soon', left: number) =>
    state === 'passed'
      ? 'срок прошёл'
      : left === 0
        ? 'сегодня последний день'
        : `${plural(left, { one: 'остался', few: 'осталось', many: 'осталось' })} ${left} ${plural(left, { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней' })}`,
  nextDeadlineLabel: 'Ближайший срок',
  nextDeadlineDates: 'Все сроки',
  nextDeadlineEnd: (date: string) => `Договор ИТС прекращается ${date}`,
  nextDeadlinePassed:
    'Срок прошёл: договор прекратится не раньше, чем истечёт срок уведомления после его получения. Отправьте уведомление как можно скорее и уточните у партнёра новую дату и оплату.',
  sourceLabel: (count: number): string => (count === 1 ? 'Источник:' : 'Источники:'),
  sourcesTitle: 'Источники',
  newTab: '(откроется в новой вкладке)',
  sourceCalendar: (acts: string) => `Производственный календарь: ${acts}`,
  sourceRead: (date: string) => `прочитано ${date}`,

  noteButton: 'Заметка',
  noteLabel: (itemText: string) => `Заметка к пункту «${itemText}»`,
  notePrefix: 'Заметка:',
  documentTitle: 'Отключение сопровождения 1С — пошаговый чек-лист',
};

/** The interface wording every language provides. */
export type UiText = typeof ui;
