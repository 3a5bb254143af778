import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { itsTermination as russian } from '../../src/content/article/its-termination';
import { itsTermination as english } from '../../src/content/article/its-termination-en';
import { documents as documentsEn } from '../../src/content/documents/documents-en';
import { documents as documentsRu } from '../../src/content/documents/documents-ru';
import { messages as messagesEn } from '../../src/content/interface/messages-en';
import { messages as messagesRu } from '../../src/content/interface/messages-ru';
import { ui as uiEn } from '../../src/content/interface/ui-en';
import { ui as uiRu } from '../../src/content/interface/ui-ru';
import type { Procedure } from '../../src/content/types';
import { validateProcedure } from '../../src/engine/content-ids';
import { useProgressStore } from '../../src/store/progress-store';

/** The procedure's structure with texts left out: ids, kinds, order, gates. */
function skeleton(procedure: Procedure) {
  return procedure.sections.map((section) =>
    section.kind === 'list'
      ? {
          id: section.id,
          ordered: section.ordered,
          gate: section.gate?.requires,
          items: section.items.map((item) => item.id),
        }
      : {
          id: section.id,
          gate: section.gate?.requires,
          options: section.options.map((option) => ({
            id: option.id,
            ordered: option.ordered,
            items: option.items.map((item) => item.id),
          })),
        },
  );
}

function texts(procedure: Procedure): string[] {
  return procedure.sections.flatMap((section) =>
    section.kind === 'list'
      ? [section.title, ...section.items.map((item) => item.text)]
      : [
          section.title,
          ...section.options.flatMap((o) => [o.label, o.summary, ...o.items.map((i) => i.text)]),
        ],
  );
}

describe('languages', () => {
  it('has every content id in both languages, in the same structure', () => {
    expect(skeleton(english)).toEqual(skeleton(russian));
    expect(validateProcedure(english)).toEqual([]);
  });

  it('translates every text: nothing left empty or in Russian', () => {
    for (const text of [
      english.title,
      ...english.intro,
      english.source,
      english.conclusion,
      ...texts(english),
    ]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/[а-яё]/i);
    }
  });

  it('has the documents part in English, with nothing left in Russian', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    for (const text of strings(documentsEn)) expect(text).not.toMatch(/[а-яё]/i);
    expect(Object.keys(documentsEn.problems).sort()).toEqual(
      Object.keys(documentsRu.problems).sort(),
    );
    const context = { typed: 6, contractDate: '01.02.2024', periodEnd: '31.01.2027' };
    for (const problem of Object.values(documentsEn.problems)) {
      expect(problem(context)).not.toMatch(/[а-яё]/i);
    }
    expect(documentsEn.periodLeft(1)).toBe('1 day left until the end of the billing period.');
    for (const link of english.sections.flatMap((section) =>
      section.kind === 'choice' ? section.options.flatMap((o) => o.items) : section.items,
    )) {
      expect(link.link?.text ?? '').not.toMatch(/[а-яё]/i);
    }
  });

  it('has the same interface wording keys in both languages', () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiRu).sort());
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesRu).sort());
    expect(Object.keys(documentsEn).sort()).toEqual(Object.keys(documentsRu).sort());
    expect(uiEn.remaining(1)).toBe('1 item left');
    expect(uiEn.stepsOf(7, 17)).toBe('7 of 17 steps');
  });

  it('switches the whole page to English, keeping the progress, and back', async () => {
    useProgressStore.setState({ ticks: { 'prep-backups': 1_764_264_000_000 } });
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: /Язык/ }), 'en');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'How to end 1C support (ITS)' }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('en');
    });
    expect(screen.getByRole('checkbox', { name: 'Back up the databases' })).toBeChecked();
    expect(screen.getByRole('region', { name: 'Ways to end ITS' })).toHaveTextContent(
      '3 items left',
    );
    expect(screen.getByRole('button', { name: 'Export to file' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Подготовка|Способы|Экспорт/);

    await user.selectOptions(screen.getByRole('combobox', { name: /Language/ }), 'ru');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Как отключить сопровождение 1С' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });
});
