/**
 * Wording of the list of organisations, loaded with it: the toolbar itself needs only
 * `ui.organisationCaption` and `ui.organisationDefault`.
 */
import { NBSP, plural, tickTime } from './ui-ru';

export const organisations = {
  panelTitle: 'Организации на этом устройстве',
  progress: (done: number, total: number, percent: number) =>
    `${String(done)} из ${String(total)} · ${String(percent)}${NBSP}%`,
  disconnection: (date: string) => `отключение ${date}`,
  unreadable: 'сохранённые данные не читаются',
  add: 'Добавить организацию',
  rename: 'Переименовать',
  renameLabel: 'Название организации',
  renameHint:
    'Если оставить поле пустым, название возьмётся из заявления, а без него — номер организации.',
  save: 'Сохранить',
  cancel: 'Отмена',
  remove: 'Удалить',
  renameFull: (name: string) => `Переименовать организацию «${name}»`,
  removeFull: (name: string) => `Удалить организацию «${name}»`,
  removeTitle: (name: string) => `Удалить организацию «${name}» с этого устройства?`,
  removeText:
    'Её отметки, заметки, ответы и черновик заявления будут удалены. Сразу после удаления это можно отменить.',
  removeConfirm: 'Удалить организацию',
  removed: (name: string) => `Организация «${name}» удалена.`,
  restored: 'Организация восстановлена.',
  allTitle: 'Все организации',
  exportAll: 'Экспорт всех в файл',
  calendarAll: 'Напоминания всех в календарь',
  calendarSaved: (count: number, total: number) =>
    `Файл скачан: напоминания для ${String(count)} из ${String(total)} ${plural(total, { one: 'организации', few: 'организаций', many: 'организаций' })}${count < total ? '; у остальных не указана дата отключения' : ''}.`,
  calendarNone:
    'Ни у одной организации не указана дата отключения или конец расчётного периода: укажите их в заявлении.',
  calendarFile: (date: string) => `napominaniya-vse-organizacii-${date}.ics`,
  overview: 'Сводка для печати',
  overviewTitle: 'Сводка по организациям',
  overviewMade: (date: string) => `Составлена ${date}.`,
  overviewColumns: {
    name: 'Организация',
    method: 'Способ',
    progress: 'Прогресс',
    disconnection: 'Отключение',
    open: 'Осталось сделать',
  },
  overviewNoMethod: 'не выбран',
  overviewNoDate: 'не указано',
  overviewAllDone: 'всё сделано',
  overviewMore: (count: number) => `и ещё ${String(count)}`,
  unmadeChoice: (title: string) => `Выбрать: ${title}`,
  print: 'Печать',
  close: 'Закрыть',
  // The import dialog, for files of organisations.
  importOrganisation: (name: string) => `Организация «${name}».`,
  importAdds: (name: string) =>
    `В файле организация «${name}», которой нет на этом устройстве: она будет добавлена, остальные не изменятся.`,
  importAddConfirm: 'Добавить организацию',
  importMany: (count: number, exportedAt: Date | null) =>
    `${exportedAt ? `Файл сохранён ${tickTime.format(exportedAt)}; в нём` : 'В файле'} ${String(count)} ${plural(count, { one: 'организация', few: 'организации', many: 'организаций' })}. Отметьте, какие загрузить:`,
  importRowReplace: (name: string, now: string, incoming: string) =>
    `«${name}»: заменит прогресс (сейчас ${now}, в файле ${incoming})`,
  importRowAdd: (name: string, incoming: string) =>
    `«${name}»: будет добавлена (в файле ${incoming})`,
  importManyConfirm: 'Загрузить отмеченные',
  importNothing: 'Отметьте хотя бы одну организацию.',
  // Files and links that merge (version 6 and later).
  mergeTitle: 'Объединить с отметками на этом устройстве?',
  mergeLinkTitle: 'Открыть отметки, переданные ссылкой?',
  mergeSource: (device: string | null, exportedAt: Date | null, here: boolean) =>
    [
      here ? 'Сделано на этом устройстве' : device ? `От: ${device}` : 'С другого устройства',
      exportedAt ? `сохранено ${tickTime.format(exportedAt)}` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  mergeSummary: (summary: {
    ticksAdded: number;
    ticksRemoved: number;
    notesAdded: number;
    notesChanged: number;
    notesRemoved: number;
    choicesChanged: number;
    othersChanged: number;
    ticksTakenBackHere: number;
  }) => {
    const parts = [
      summary.ticksAdded > 0 &&
        `+${String(summary.ticksAdded)} ${plural(summary.ticksAdded, { one: 'отметка', few: 'отметки', many: 'отметок' })}`,
      summary.ticksRemoved > 0 &&
        `${String(summary.ticksRemoved)} ${plural(summary.ticksRemoved, { one: 'отметка снята', few: 'отметки сняты', many: 'отметок снято' })}`,
      summary.notesAdded > 0 &&
        `+${String(summary.notesAdded)} ${plural(summary.notesAdded, { one: 'заметка', few: 'заметки', many: 'заметок' })}`,
      summary.notesChanged > 0 &&
        `${String(summary.notesChanged)} ${plural(summary.notesChanged, { one: 'заметка изменена', few: 'заметки изменены', many: 'заметок изменено' })}`,
      summary.notesRemoved > 0 &&
        `${String(summary.notesRemoved)} ${plural(summary.notesRemoved, { one: 'заметка удалена', few: 'заметки удалены', many: 'заметок удалено' })}`,
      summary.choicesChanged > 0 && 'выбор способа изменён',
      summary.othersChanged > 0 &&
        `${String(summary.othersChanged)} ${plural(summary.othersChanged, { one: 'ответ или поле заявления изменено', few: 'ответа или поля заявления изменены', many: 'ответов или полей заявления изменено' })}`,
    ].filter((part): part is string => typeof part === 'string');
    const back = summary.ticksTakenBackHere;
    const stays =
      back > 0 &&
      `${String(back)} ${plural(back, { one: 'отметка из файла снята', few: 'отметки из файла сняты', many: 'отметок из файла снято' })} здесь позже и ${back === 1 ? 'останется снятой' : 'останутся снятыми'}`;
    if (parts.length > 0) return [...parts, ...(stays ? [stays] : [])].join(', ');
    return `ничего нового: ${stays || 'всё это здесь уже есть'}`;
  },
  mergeRow: (name: string, summary: string) => `«${name}»: ${summary}`,
  mergeKeeps: (kept: number) =>
    `${kept > 0 ? `Отметки этого устройства (${String(kept)}) остаются. ` : ''}Где одно и то же меняли на обоих устройствах, остаётся более позднее изменение. Это можно будет отменить.`,
  mergeConfirm: 'Объединить',
  mergeDone: 'Отметки объединены.',
  mergeClamped:
    'В файле есть время позже, чем сейчас (часы того устройства спешат?): такие отметки записаны текущим временем.',
  // «Передать на другое устройство».
  shareTitle: 'Передать на другое устройство',
  shareIntro: (organisation: string) =>
    `Откройте ссылку на телефоне или отправьте её коллеге: там страница покажет, что добавится к их отметкам, и объединит их только после подтверждения. В ссылке — отметки, заметки, ответы и черновик заявления организации «${organisation}».`,
  shareLinkLabel: 'Ссылка',
  shareQrLabel: 'QR-код этой ссылки: наведите на него камеру телефона',
  sharePrivate:
    'Данные записаны в самой ссылке, после знака #: браузер не отправляет эту часть ни на какой сервер. Но кто получит ссылку, увидит их — не публикуйте её.',
  shareTooLong: (length: number) =>
    `Ссылка слишком длинная для QR-кода (${String(length)} символов): скопируйте её или передайте файл.`,
  shareUnavailable:
    'Этот браузер не умеет создавать такие ссылки. Передайте прогресс файлом: «Скачать файл», затем на другом устройстве «Импорт из файла».',
  shareCopy: 'Копировать ссылку',
  shareCopied: 'Ссылка скопирована.',
  shareCopyFailed:
    'Браузер не дал скопировать ссылку: выделите её в поле и скопируйте вручную (Ctrl+C).',
  shareFile: 'Скачать файл',
  missingTitle: 'Организации из адреса страницы нет на этом устройстве',
  missingText: (name: string) =>
    `Её удалили или заполняли в другом браузере. Открыта «${name}». Перенести организацию с другого устройства можно через «Экспорт в файл» и «Импорт из файла».`,
  dismiss: 'Понятно',
};

export type OrganisationsText = typeof organisations;
