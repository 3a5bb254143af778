import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { Documents } from '../../src/components/documents/documents';
import { itsTermination } from '../../src/content/article/its-termination';
import { useProgressStore } from '../../src/store/progress-store';

const check = () => screen.getByRole('region', { name: 'Что изменится для вашей компании' });
const added = () => screen.queryByRole('region', { name: 'Шаги для вашей ситуации' });
const progressText = () =>
  screen.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuetext');

/** The added steps by their checkboxes' names, in order. */
const addedStepNames = () =>
  within(added() ?? document.createElement('div'))
    .queryAllByRole('checkbox')
    .map((box) => box.getAttribute('id') && box.closest('label')?.textContent);

async function answer(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(check()).getByText('Ответить на 3 вопроса'));
  await user.click(within(check()).getByRole('radio', { name: 'ПРОФ' }));
  await user.click(within(check()).getByRole('radio', { name: 'ИТС ПРОФ' }));
  await user.click(within(check()).getByRole('checkbox', { name: '1С-Отчётность' }));
  await user.click(within(check()).getByRole('checkbox', { name: '1С-ЭДО' }));
}

const PROF_REPORTING_EDO = [
  'Найдите в договоре срок и способ уведомления о расторжении и отправьте заявление так, чтобы партнёр получил его вовремя; сохраните подтверждение вручения',
  'Будьте готовы оплатить уже оказанные услуги и фактические расходы партнёра; неотработанную предоплату партнёр возвращает за вычетом этих расходов — сверьте условия договора',
  'До окончания ИТС скачайте и установите последние релизы конфигурации и платформы',
  'Администратору: сохраните учётную запись компании на Портале 1С:ИТС (portal.1c.ru), регистрационные номера программ и дистрибутивы установленных релизов',
  'Подключите другой способ сдачи отчётности, отправьте отчёты с ближайшими сроками, пока действует лицензия 1С-Отчётности (дату уточните у партнёра), и перенесите архив сданных отчётов',
  'Сохраните у себя документы из 1С-ЭДО и узнайте у партнёра, на каких условиях 1С-ЭДО будет работать после окончания ИТС',
];

describe('the situation check', () => {
  it('asks its questions with native radios and checkboxes named as 1C names things', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(added()).toBeNull();
    await user.click(within(check()).getByText('Ответить на 3 вопроса'));
    const group = (name: string) => within(check()).getByRole('group', { name });
    expect(
      within(group('Какая версия программы?'))
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Базовая', 'ПРОФ', 'КОРП']);
    expect(within(group('Какой тариф ИТС?')).getAllByRole('radio')).toHaveLength(2);
    expect(
      within(group('Какими сервисами 1С пользуется компания?')).getAllByRole('checkbox'),
    ).toHaveLength(8);
  });

  it('adds the steps the answers bring, each marked, with its reason and sources, and counts them', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(progressText()).toBe('0 из 17 шагов, 0\u00a0%');
    await answer(user);
    expect(addedStepNames()).toEqual(PROF_REPORTING_EDO);
    expect(check()).toHaveTextContent('Добавлено 6 шагов: они учтены в общем прогрессе.');
    expect(progressText()).toBe('0 из 23 шагов, 0\u00a0%');
    const reporting = screen
      .getByRole('checkbox', { name: PROF_REPORTING_EDO[4] })
      .closest('.card') as HTMLElement;
    expect(reporting).toHaveTextContent('Не из статьи.');
    expect(reporting).toHaveTextContent('1С-Отчётность предоставляется в рамках договора');
    expect(
      within(reporting)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      'https://blankidoc.ru/blank_otchet/9014/index.html',
      'https://support.kontur.ru/extern/43787-samostoyatelnyj_perenos_otchetnosti_v_ekstern',
    ]);
  });

  it('keeps an added step’s tick when an answer takes the step away, and shows it again when it comes back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await answer(user);
    await user.click(screen.getByRole('checkbox', { name: PROF_REPORTING_EDO[4] }));
    expect(progressText()).toBe('1 из 23 шагов, 4\u00a0%');

    await user.click(within(check()).getByRole('checkbox', { name: '1С-Отчётность' }));
    expect(screen.queryByRole('checkbox', { name: PROF_REPORTING_EDO[4] })).toBeNull();
    expect(progressText()).toBe('0 из 22 шагов, 0\u00a0%');

    await user.click(within(check()).getByRole('checkbox', { name: '1С-Отчётность' }));
    expect(screen.getByRole('checkbox', { name: PROF_REPORTING_EDO[4] })).toBeChecked();
    expect(progressText()).toBe('1 из 23 шагов, 4\u00a0%');
  });

  it('changes nothing already ticked when the answers are cleared', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(
      screen.getByRole('checkbox', { name: 'Проверьте условия действующего договора' }),
    );
    await answer(user);
    await user.click(screen.getByRole('checkbox', { name: PROF_REPORTING_EDO[0] }));
    await user.click(screen.getByRole('button', { name: 'Очистить ответы' }));
    expect(added()).toBeNull();
    expect(screen.getByRole('radio', { name: 'ПРОФ' })).not.toBeChecked();
    expect(progressText()).toBe('1 из 17 шагов, 6\u00a0%');
    expect(Object.keys(useProgressStore.getState().ticks)).toEqual([
      'prep-contract-terms',
      'situation-notice-received',
    ]);
  });

  it('lists every source at the foot of the page', () => {
    render(<App />);
    const sources = screen.getByRole('region', { name: 'Источники' });
    expect(within(sources).getAllByRole('listitem')[0]).toHaveTextContent(
      'Статья «Как отключить сопровождение 1С» от 28.06.2025',
    );
    const links = within(sources)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    for (const step of itsTermination.situation?.steps ?? []) {
      for (const source of step.guidance.sources) expect(links).toContain(source.url);
    }
    expect(sources).toHaveTextContent('Производственный календарь: Трудовой кодекс РФ, ст. 112');
  });
});

describe('the letter and the record with the situation answers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 29, 12, 0));
    useProgressStore.setState({
      answers: {
        edition: 'prof',
        tariff: 'prof',
        'services:reporting': 'yes',
        'services:unknown': 'yes',
      },
    });
  });

  const letter = () => screen.getByRole('article', { name: 'Заявление' });
  const field = (label: string) =>
    within(screen.getByRole('form', { name: 'Данные для заявления' })).getByLabelText(label, {
      exact: false,
    });

  it('puts the tariff, the services chosen to switch off and the registration numbers into the letter', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<Documents procedure={itsTermination} />);
    expect(letter()).toHaveTextContent('Тариф сопровождения: ИТС ПРОФ.');
    // A service in use is switched off only when the person says so.
    expect(letter()).not.toHaveTextContent('отключить сервисы');
    const services = screen.getByRole('group', { name: 'Какие сервисы отключить' });
    expect(
      within(services)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['1С-Отчётность']);
    await user.click(within(services).getByRole('checkbox', { name: '1С-Отчётность' }));
    expect(letter()).toHaveTextContent('Просим также отключить сервисы: 1С-Отчётность.');
    expect(letter()).not.toHaveTextContent('Не знаю');
    await user.type(field('Регистрационные номера программ'), '800123456, 800654321');
    expect(letter()).toHaveTextContent('Регистрационные номера программ: 800123456, 800654321.');
    expect(letter()).not.toHaveTextContent('акт сверки');
    await user.click(screen.getByRole('checkbox', { name: /акт сверки/ }));
    expect(letter()).toHaveTextContent(
      'Просим направить акт сверки взаиморасчётов на дату расторжения',
    );
  });

  it('asks for a refund only when wanted, and checks the account against the BIK', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<Documents procedure={itsTermination} />);
    expect(screen.queryByLabelText('БИК', { exact: false })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /вернуть неиспользованную предоплату/ }));
    await user.type(field('Банк'), 'ПАО Сбербанк');
    await user.type(field('БИК'), '044525225');
    await user.type(field('Расчётный счёт'), '40702810438000034727');
    expect(field('Расчётный счёт')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Счёт не сходится с БИК/)).toBeInTheDocument();
    await user.clear(field('Расчётный счёт'));
    await user.type(field('Расчётный счёт'), '40702810438000034726');
    expect(field('Расчётный счёт')).not.toHaveAttribute('aria-invalid');
    expect(letter()).toHaveTextContent(
      'Сумму предоплаты за неоказанные услуги, если она есть, просим вернуть на расчётный счёт 40702810438000034726 в ПАО Сбербанк, БИК 044525225.',
    );
  });

  it('lists the answers and the sources in the record', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<Documents procedure={itsTermination} />);
    await user.click(screen.getByRole('button', { name: 'Протокол' }));
    const record = screen.getByRole('dialog', { name: 'Протокол отключения сопровождения 1С:ИТС' });
    expect(record).toHaveTextContent('Какая версия программы?ПРОФ');
    expect(record).toHaveTextContent(
      'Какими сервисами 1С пользуется компания?1С-Отчётность, Не знаю',
    );
    expect(record).toHaveTextContent('Шаги для вашей ситуации');
    expect(record).toHaveTextContent('Подключите другой способ сдачи отчётности');
    expect(record).toHaveTextContent('https://www.glavkniga.ru/elver/2022/19/6127');
  });
});
