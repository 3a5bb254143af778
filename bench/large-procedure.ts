import type { Item, Procedure, Section } from '../src/content/types';

const items = (prefix: string, count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${String(index + 1)}`,
    text: `Пункт ${String(index + 1)} раздела «${prefix}»: проверить и отметить выполнение`,
  }));

/**
 * A generated procedure of 1,000 items for the benchmark: a gated preparation list, a choice
 * of two 50-item options, and nine more lists. It goes through the same engine and components
 * as the real checklist.
 */
export const largeProcedure: Procedure = {
  id: 'bench-large',
  title: 'Большой чек-лист для замеров',
  intro: ['1 000 пунктов.', 'Те же компоненты и движок, что и в основном чек-листе.'],
  source: 'сгенерировано для замеров',
  reference: 'A generated procedure',
  conclusion: 'Все пункты отмечены.',
  sections: [
    { kind: 'list', id: 'prep', title: 'Подготовка', ordered: false, items: items('prep', 100) },
    {
      kind: 'choice',
      id: 'choice',
      title: 'Выбор',
      gate: { requires: 'prep', lockedTitle: 'Откроется после подготовки' },
      prompt: 'Выберите вариант',
      note: 'Отметки обоих вариантов сохраняются.',
      options: [
        { id: 'a', label: 'Вариант А', summary: '50 шагов', ordered: true, items: items('a', 50) },
        { id: 'b', label: 'Вариант Б', summary: '50 шагов', ordered: false, items: items('b', 50) },
      ],
    },
    ...Array.from({ length: 8 }, (_, index): Section => ({
      kind: 'list',
      id: `part-${String(index + 1)}`,
      title: `Часть ${String(index + 1)}`,
      ordered: index % 2 === 0,
      items: items(`part-${String(index + 1)}`, 100),
    })),
  ],
};
