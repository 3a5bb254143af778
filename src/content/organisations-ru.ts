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
  missingTitle: 'Организации из адреса страницы нет на этом устройстве',
  missingText: (name: string) =>
    `Её удалили или заполняли в другом браузере. Открыта «${name}». Перенести организацию с другого устройства можно через «Экспорт в файл» и «Импорт из файла».`,
  dismiss: 'Понятно',
};

export type OrganisationsText = typeof organisations;
