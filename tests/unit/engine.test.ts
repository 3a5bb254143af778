import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import type { ChoiceSection, Procedure, Section } from '../../src/content/types';
import { itemIds, validateProcedure } from '../../src/engine/content-ids';
import {
  activeOption,
  countedItems,
  emptyProgress,
  gateStatus,
  isLocked,
  isProcedureComplete,
  isSectionComplete,
  overallCount,
  percent,
  sectionCount,
  type Progress,
} from '../../src/engine/progress';

/** A small procedure unrelated to 1C: the engine must not care what it is about. */
const moving: Procedure = {
  id: 'moving',
  title: 'Переезд',
  intro: ['Что сделать перед переездом.'],
  source: 'пример',
  reference: 'пример',
  conclusion: 'Готово.',
  sections: [
    {
      kind: 'list',
      id: 'pack',
      title: 'Сборы',
      ordered: false,
      items: [
        { id: 'boxes', text: 'Купить коробки' },
        { id: 'books', text: 'Упаковать книги' },
      ],
    },
    {
      kind: 'choice',
      id: 'transport',
      title: 'Перевозка',
      gate: { requires: 'pack', lockedTitle: 'Сначала сборы' },
      prompt: 'Как везти',
      note: '',
      options: [
        {
          id: 'van',
          label: 'Фургон',
          summary: '',
          ordered: true,
          items: [
            { id: 'van-book', text: 'Заказать' },
            { id: 'van-load', text: 'Загрузить' },
            { id: 'van-pay', text: 'Оплатить' },
          ],
        },
        {
          id: 'car',
          label: 'Сам',
          summary: '',
          ordered: false,
          items: [{ id: 'car-go', text: 'Отвезти' }],
        },
      ],
    },
    {
      kind: 'list',
      id: 'after',
      title: 'После',
      ordered: false,
      items: [{ id: 'keys', text: 'Сдать ключи' }],
    },
  ],
};

const [pack, transport, after] = moving.sections as [Section, ChoiceSection, Section];

const progressOf = (ticked: string[], choices: Record<string, string> = {}): Progress => ({
  ticks: Object.fromEntries(ticked.map((id, index) => [id, 1_700_000_000_000 + index])),
  choices,
});

describe('section counts', () => {
  it('counts ticked items of a list', () => {
    expect(sectionCount(pack, progressOf(['books']))).toEqual({ done: 1, total: 2 });
    expect(isSectionComplete(pack, progressOf(['books']))).toBe(false);
    expect(isSectionComplete(pack, progressOf(['books', 'boxes']))).toBe(true);
  });

  it('weighs an unchosen choice as its longest option, with nothing done', () => {
    const progress = progressOf(['car-go', 'van-book']);
    expect(activeOption(transport, progress)).toBeUndefined();
    expect(countedItems(transport, progress)).toEqual([]);
    expect(sectionCount(transport, progress)).toEqual({ done: 0, total: 3 });
    expect(isSectionComplete(transport, progress)).toBe(false);
  });

  it('counts only the chosen option’s ticks', () => {
    const ticks = ['car-go', 'van-book'];
    expect(sectionCount(transport, progressOf(ticks, { transport: 'van' }))).toEqual({
      done: 1,
      total: 3,
    });
    expect(sectionCount(transport, progressOf(ticks, { transport: 'car' }))).toEqual({
      done: 1,
      total: 1,
    });
    expect(isSectionComplete(transport, progressOf(ticks, { transport: 'car' }))).toBe(true);
  });

  it('treats a saved choice the content no longer has as no choice', () => {
    const progress = progressOf(['car-go'], { transport: 'helicopter' });
    expect(activeOption(transport, progress)).toBeUndefined();
    expect(sectionCount(transport, progress)).toEqual({ done: 0, total: 3 });
  });

  it('ignores ticked ids the content does not have', () => {
    expect(sectionCount(after, progressOf(['keys', 'ghost']))).toEqual({ done: 1, total: 1 });
    expect(overallCount(moving, progressOf(['ghost', 'other-ghost']))).toEqual({
      done: 0,
      total: 6,
    });
  });
});

describe('gates', () => {
  it('locks until every required item is ticked and lists what remains, in order', () => {
    const status = gateStatus(moving, transport, progressOf(['books']));
    expect(status).toEqual({ locked: true, remaining: [{ id: 'boxes', text: 'Купить коробки' }] });
    expect(isLocked(moving, transport, emptyProgress)).toBe(true);
    expect(isLocked(moving, transport, progressOf(['books', 'boxes']))).toBe(false);
  });

  it('locks again when a required item is unticked, without touching the choice', () => {
    const progress = progressOf(['boxes', 'van-book'], { transport: 'van' });
    expect(isLocked(moving, transport, progress)).toBe(true);
    expect(sectionCount(transport, progress)).toEqual({ done: 1, total: 3 });
  });

  it('leaves sections without a gate open', () => {
    expect(gateStatus(moving, after, emptyProgress)).toEqual({ locked: false });
  });
});

describe('overall progress', () => {
  it('adds up every section', () => {
    expect(overallCount(moving, emptyProgress)).toEqual({ done: 0, total: 6 });
    expect(overallCount(moving, progressOf(['boxes', 'car-go'], { transport: 'car' }))).toEqual({
      done: 2,
      total: 4,
    });
  });

  it('is complete only with the chosen option’s items and everything else ticked', () => {
    const everything = ['boxes', 'books', 'van-book', 'van-load', 'van-pay', 'keys'];
    expect(isProcedureComplete(moving, progressOf(everything))).toBe(false);
    expect(isProcedureComplete(moving, progressOf(everything, { transport: 'van' }))).toBe(true);
    expect(isProcedureComplete(moving, progressOf(everything, { transport: 'car' }))).toBe(false);
    expect(
      isProcedureComplete(
        moving,
        progressOf(['boxes', 'books', 'car-go', 'keys'], { transport: 'car' }),
      ),
    ).toBe(true);
  });

  it('rounds percent but says 0 and 100 only when they are true', () => {
    expect(percent({ done: 0, total: 17 })).toBe(0);
    expect(percent({ done: 7, total: 17 })).toBe(41);
    expect(percent({ done: 17, total: 17 })).toBe(100);
    expect(percent({ done: 999, total: 1000 })).toBe(99);
    expect(percent({ done: 1, total: 1000 })).toBe(1);
    expect(percent({ done: 0, total: 0 })).toBe(0);
  });
});

describe('the ITS procedure through the engine', () => {
  const prep = ['prep-contract-terms', 'prep-no-debt', 'prep-backups', 'prep-documents'];
  const rest = [
    'important-period-end',
    'important-programs-work',
    'important-materials',
    'important-support',
    'cons-no-updates',
    'cons-no-support',
    'cons-no-forms',
    'cons-no-cloud',
    'cons-less-security',
  ];
  const partner = ['partner-application', 'partner-reasons', 'partner-act', 'partner-sign'];
  const self = ['self-auto-renewal', 'self-payments', 'self-services'];
  const methods = itsTermination.sections[1] as ChoiceSection;

  it('has 17 steps before a choice, 17 through a partner and 16 by oneself', () => {
    expect(overallCount(itsTermination, emptyProgress).total).toBe(17);
    expect(overallCount(itsTermination, progressOf([], { methods: 'partner' })).total).toBe(17);
    expect(overallCount(itsTermination, progressOf([], { methods: 'self' })).total).toBe(16);
  });

  it('reaches 100 % by either method', () => {
    const viaPartner = progressOf([...prep, ...partner, ...rest], { methods: 'partner' });
    const bySelf = progressOf([...prep, ...self, ...rest], { methods: 'self' });
    expect(percent(overallCount(itsTermination, viaPartner))).toBe(100);
    expect(percent(overallCount(itsTermination, bySelf))).toBe(100);
    expect(isProcedureComplete(itsTermination, progressOf([...prep, ...partner, ...rest]))).toBe(
      false,
    );
  });

  it('unlocks the comparison only after all four preparation items', () => {
    expect(gateStatus(itsTermination, methods, progressOf(prep.slice(0, 3)))).toMatchObject({
      locked: true,
      remaining: [{ text: 'Подготовьте документы для расторжения' }],
    });
    expect(isLocked(itsTermination, methods, progressOf(prep))).toBe(false);
  });

  it('knows all 20 item ids', () => {
    expect(itemIds(itsTermination).size).toBe(20);
  });
});

describe('validateProcedure', () => {
  it('names duplicate ids, bad gates and empty sections', () => {
    const broken: Procedure = {
      ...moving,
      sections: [
        { kind: 'list', id: 'a', title: 'A', ordered: false, items: [] },
        {
          kind: 'list',
          id: 'b',
          title: 'B',
          ordered: false,
          gate: { requires: 'c', lockedTitle: '' },
          items: [{ id: 'a', text: 'dup' }],
        },
        {
          kind: 'list',
          id: 'c',
          title: 'C',
          ordered: false,
          gate: { requires: 'nowhere', lockedTitle: '' },
          items: [{ id: 'x', text: 'x' }],
        },
        {
          kind: 'choice',
          id: 'd',
          title: 'D',
          prompt: '',
          note: '',
          options: [{ id: 'o', label: 'O', summary: '', ordered: false, items: [] }],
        },
        {
          kind: 'list',
          id: 'e',
          title: 'E',
          ordered: false,
          gate: { requires: 'd', lockedTitle: '' },
          items: [{ id: 'y', text: 'y' }],
        },
      ],
    };
    expect(validateProcedure(broken)).toEqual([
      'section "a" has no items',
      'duplicate id "a" (item)',
      'gate of "b" must require an earlier section',
      'gate of "c" requires an unknown section',
      'choice "d" needs two options',
      'option "o" has no items',
      'gate of "e" must require a list section',
    ]);
  });

  it('accepts a well-formed procedure', () => {
    expect(validateProcedure(moving)).toEqual([]);
  });
});
