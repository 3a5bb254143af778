import { situation } from '../situation/situation';
import type { Procedure } from '../types';
import { DOCUMENT_SOURCES, sources } from './sources';

/**
 * «Как отключить сопровождение 1С», article of 28.06.2025. Item texts are verbatim;
 * method summaries, the lock and choice wording, the days steps are due by and the cautions
 * under two steps are ours, the cautions with their sources.
 */
export const itsTermination: Procedure = {
  id: 'its-termination',
  title: 'Как отключить сопровождение 1С',
  intro: [
    'Процедура прекращения договора сопровождения 1С требует соблюдения определенных шагов.',
    'Рассмотрим правильный порядок отключения услуги ИТС.',
  ],
  source: 'по статье от 28.06.2025',
  reference:
    'Статья «Как отключить сопровождение 1С» от 28.06.2025: все пункты чек-листа и рекомендация',
  sections: [
    {
      kind: 'list',
      id: 'preparation',
      title: 'Подготовка к отключению сопровождения',
      ordered: false,
      items: [
        { id: 'prep-contract-terms', text: 'Проверьте условия действующего договора' },
        { id: 'prep-no-debt', text: 'Убедитесь в отсутствии задолженности' },
        { id: 'prep-backups', text: 'Создайте резервные копии баз данных' },
        { id: 'prep-documents', text: 'Подготовьте документы для расторжения' },
      ],
    },
    {
      kind: 'choice',
      id: 'methods',
      title: 'Способы отключения ИТС',
      gate: { requires: 'preparation', lockedTitle: 'Сравнение откроется после подготовки' },
      prompt: 'Выберите способ отключения',
      note: 'Смена способа не стирает отметки: шаги обоих способов сохраняются.',
      options: [
        {
          id: 'partner',
          label: 'Через партнера 1С',
          summary: 'Через обслуживающего партнёра: 4 шага, с письменным заявлением и актом.',
          ordered: true,
          items: [
            {
              id: 'partner-application',
              text: 'Направьте письменное заявление',
              due: { by: 'notice', label: 'Отправить уведомление партнёру' },
              link: { href: '#letter', text: 'Составить заявление' },
            },
            {
              id: 'partner-reasons',
              text: 'Укажите причины расторжения',
              link: { href: '#letter', text: 'Составить заявление' },
            },
            { id: 'partner-act', text: 'Получите акт выполненных работ' },
            { id: 'partner-sign', text: 'Подпишите документы о расторжении' },
          ],
        },
        {
          id: 'self',
          label: 'Самостоятельно',
          summary: 'Своими силами: 3 шага в личном кабинете и по платежам.',
          ordered: false,
          items: [
            {
              id: 'self-auto-renewal',
              text: 'Отключите автоматическое продление в личном кабинете',
            },
            {
              id: 'self-payments',
              text: 'Прекратите платежи по договору',
              caution: {
                reason:
                  'Прекращайте платежи не раньше, чем партнёр получит уведомление об отказе: до этого договор действует (ГК РФ, ст. 450.1), а уже оказанные услуги и фактические расходы партнёра оплачиваются и после отказа (ст. 782).',
                sources: [sources.civilCode4501, sources.refusalOfServices],
              },
            },
            {
              id: 'self-services',
              text: 'Удалите подключение к сервисам ИТС',
              caution: {
                reason:
                  'Отключайте сервисы, но не удаляйте учётную запись компании на Портале 1С:ИТС: проверка легальности обновлений использует данные регистрации программы и договора сопровождения на портале.',
                sources: [sources.licenceCheck],
              },
            },
          ],
        },
      ],
    },
    {
      kind: 'list',
      id: 'important',
      title: 'Важные моменты при отключении',
      ordered: true,
      items: [
        {
          id: 'important-period-end',
          text: 'Дата отключения должна совпадать с концом расчетного периода',
        },
        { id: 'important-programs-work', text: 'Программы продолжат работать, но без обновлений' },
        { id: 'important-materials', text: 'Доступ к методическим материалам прекратится' },
        { id: 'important-support', text: 'Техподдержка перестанет оказывать услуги' },
      ],
    },
    {
      kind: 'list',
      id: 'consequences',
      title: 'Последствия отключения сопровождения',
      ordered: false,
      items: [
        { id: 'cons-no-updates', text: 'Прекращение автоматических обновлений' },
        { id: 'cons-no-support', text: 'Отсутствие технической поддержки' },
        { id: 'cons-no-forms', text: 'Невозможность получения актуальных отчетных форм' },
        { id: 'cons-no-cloud', text: 'Потеря доступа к облачным сервисам 1С' },
        { id: 'cons-less-security', text: 'Снижение уровня защищенности данных' },
      ],
    },
  ],
  situation,
  documentSources: DOCUMENT_SOURCES.map((key) => sources[key]),
  conclusion:
    'Перед отключением сопровождения 1С рекомендуется оценить возможные риски и предусмотреть альтернативные способы поддержки работоспособности системы.',
};
