/**
 * Interface wording needed only on demand: dialogs, problem messages, the note editor.
 * Kept apart from `ui-ru.ts` so the first load carries only what the first screen shows.
 */
import { tickTime, ui } from './ui-ru';

export const messages = {
  updateTitle: 'Доступна новая версия',
  updateText: 'Обновите страницу, чтобы перейти на неё: отметки и заметки сохранятся.',
  updateButton: 'Обновить',
  undo: 'Отменить',
  resetDone: 'Прогресс сброшен.',
  importDone: 'Прогресс загружен из файла.',
  undone: 'Прогресс восстановлен.',
  cancel: 'Отмена',
  close: 'Закрыть',
  resetTitle: 'Сбросить весь прогресс?',
  resetDescription: (ticked: number, notes: number) =>
    `Будут сняты все отметки (${ticked}), выбор способа, ответы о ситуации, ${notes > 0 ? `заметки (${notes})` : 'заметки'} и черновик заявления. Сразу после сброса его можно отменить.`,
  resetConfirm: 'Сбросить',
  importTitle: 'Загрузить прогресс из файла?',
  importNow: (done: number, total: number) => `Сейчас отмечено: ${ui.stepsOf(done, total)}.`,
  importFromFile: (done: number, total: number, exportedAt: Date | null) =>
    `В файле: ${ui.stepsOf(done, total)}${exportedAt ? `, сохранён ${tickTime.format(exportedAt)}` : ''}.`,
  importReplaces:
    'Текущие отметки, выбор способа, ответы о ситуации, заметки и черновик заявления будут заменены. Это можно будет отменить.',
  importConfirm: 'Заменить прогресс',
  importFailedTitle: 'Файл не загружен',
  importUnchanged: 'Текущий прогресс не изменён.',
  importProblems: {
    'too-large': 'Файл больше 1 МБ: это не файл прогресса.',
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

  noteHint: 'Например, номер исходящего письма или дата акта.',
  noteCount: (length: number, max: number) => `${length} из ${max} символов`,
  noteDone: 'Готово',
};

export type MessagesText = typeof messages;
