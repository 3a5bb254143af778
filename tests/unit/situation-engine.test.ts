import { describe, expect, it } from 'vitest';
import type { Procedure, Situation } from '../../src/content/types';
import { nextStep, overallCount, sectionsOf, type Progress } from '../../src/engine/progress';
import {
  addedSection,
  addedSteps,
  answerKey,
  isAnswered,
  letterSituation,
  situationNotes,
  situationSources,
  validateSituation,
  YES,
} from '../../src/engine/situation';

const law = { url: 'https://example.org/law', title: 'Закон', read: '2026-11-29' };
const guide = { url: 'https://example.org/guide', title: 'Руководство', read: '2026-11-29' };

/** A situation check unrelated to 1C: the engine must not care what it is about. */
const pets: Situation = {
  title: 'Ваши питомцы',
  intro: 'Ответьте, и список дополнится.',
  questions: [
    {
      id: 'home',
      legend: 'Где вы живёте?',
      multiple: false,
      options: [
        { id: 'flat', label: 'Квартира' },
        { id: 'house', label: 'Дом' },
      ],
    },
    {
      id: 'pets',
      legend: 'Кто живёт с вами?',
      multiple: true,
      inLetter: 'services',
      options: [
        { id: 'cat', label: 'Кошка' },
        { id: 'dog', label: 'Собака' },
        { id: 'unsure', label: 'Не знаю', uncertain: true },
      ],
    },
  ],
  section: { id: 'added', title: 'Для ваших питомцев', note: 'Не из статьи.' },
  steps: [
    {
      id: 'carrier',
      text: 'Купите переноску',
      when: [{ question: 'pets', option: 'cat' }],
      guidance: { reason: 'Кошку везут в переноске.', sources: [guide] },
    },
    {
      id: 'lead',
      text: 'Купите поводок',
      when: [
        { question: 'pets', option: 'dog' },
        { question: 'home', option: 'house' },
      ],
      guidance: { reason: 'Собаку ведут на поводке.', sources: [law, guide] },
    },
    {
      id: 'vet',
      text: 'Запишитесь к ветеринару',
      when: [],
      guidance: { reason: 'Справка нужна всем.', sources: [law] },
    },
  ],
  notes: [
    {
      when: [{ question: 'home', option: 'flat' }],
      reason: 'В квартире соседи.',
      sources: [law],
    },
  ],
};

const moving: Procedure = {
  id: 'moving',
  title: 'Переезд',
  intro: [],
  source: 'пример',
  reference: 'пример',
  conclusion: 'Готово.',
  situation: pets,
  sections: [
    {
      kind: 'list',
      id: 'pack',
      title: 'Сборы',
      ordered: false,
      items: [
        { id: 'boxes', text: 'Коробки' },
        { id: 'tape', text: 'Скотч' },
      ],
    },
  ],
};

const progress = (
  answers: Record<string, string>,
  ticks: Record<string, number> = {},
): Progress => ({
  ticks,
  choices: {},
  answers,
});

const ids = (answers: Record<string, string>) => addedSteps(pets, answers).map((step) => step.id);

describe('which added steps apply', () => {
  it('adds nothing until a question is answered', () => {
    expect(isAnswered(pets, {})).toBe(false);
    expect(ids({})).toEqual([]);
    expect(addedSection(pets, {})).toBeNull();
  });

  it('adds the steps of every answer given, and the ones for everybody once anything is answered', () => {
    expect(ids({ home: 'flat' })).toEqual(['vet']);
    expect(ids({ [answerKey('pets', 'cat')]: YES })).toEqual(['carrier', 'vet']);
    expect(ids({ home: 'house', [answerKey('pets', 'cat')]: YES })).toEqual([
      'carrier',
      'lead',
      'vet',
    ]);
  });

  it('adds a step once when two of its answers are given', () => {
    expect(ids({ home: 'house', [answerKey('pets', 'dog')]: YES })).toEqual(['lead', 'vet']);
  });

  it('ignores answers the content does not know', () => {
    expect(ids({ home: 'castle', [answerKey('pets', 'fish')]: YES, colour: 'red' })).toEqual([]);
    expect(isAnswered(pets, { [answerKey('pets', 'cat')]: 'no' })).toBe(false);
  });

  it('brings the notes of the answers given', () => {
    expect(situationNotes(pets, { home: 'flat' }).map((note) => note.reason)).toEqual([
      'В квартире соседи.',
    ]);
    expect(situationNotes(pets, { home: 'house' })).toEqual([]);
  });

  it('lists every source once, in order of first use', () => {
    expect(situationSources(pets).map((source) => source.url)).toEqual([guide.url, law.url]);
  });

  it('tells the letter the chosen services, leaving out "I don\'t know"', () => {
    expect(
      letterSituation(pets, {
        [answerKey('pets', 'dog')]: YES,
        [answerKey('pets', 'unsure')]: YES,
      }),
    ).toEqual({ tariff: '', services: [{ id: 'dog', label: 'Собака' }] });
  });
});

describe('a procedure with the situation check', () => {
  it('counts added steps only while the answers add them, and keeps their ticks when they go', () => {
    const ticks = { carrier: 1, boxes: 2 };
    expect(overallCount(moving, progress({}, ticks))).toEqual({ done: 1, total: 2 });
    const withCat = progress({ [answerKey('pets', 'cat')]: YES }, ticks);
    expect(overallCount(moving, withCat)).toEqual({ done: 2, total: 4 });
    // The answer taken back: the step leaves the count, its tick stays in the progress.
    const without = progress({ home: 'flat' }, ticks);
    expect(overallCount(moving, without)).toEqual({ done: 1, total: 3 });
    expect(without.ticks).toHaveProperty('carrier');
  });

  it('puts the added steps before the article, and carries on from there', () => {
    const answered = progress({ [answerKey('pets', 'cat')]: YES });
    expect(sectionsOf(moving, answered).map((section) => section.id)).toEqual(['added', 'pack']);
    expect(nextStep(moving, answered)).toEqual({ kind: 'item', itemId: 'carrier' });
    expect(sectionsOf(moving, progress({}))).toBe(moving.sections);
  });

  it('gives the same sections for the same answers, so derived counts are computed once', () => {
    const answers = { home: 'flat' };
    expect(sectionsOf(moving, progress(answers))).toBe(sectionsOf(moving, progress(answers)));
  });

  it('finds nothing wrong with a sound situation check, and names what is wrong otherwise', () => {
    expect(validateSituation(pets, moving)).toEqual([]);
    const [carrier, lead, vet] = pets.steps;
    if (!carrier || !lead || !vet) throw new Error('the fixture has three steps');
    const broken: Situation = {
      ...pets,
      steps: [
        { ...carrier, id: 'boxes' },
        { ...lead, when: [{ question: 'home', option: 'castle' }] },
        { ...vet, guidance: { reason: 'x', sources: [] } },
      ],
    };
    expect(validateSituation(broken, moving)).toEqual([
      'duplicate id "boxes"',
      'step "lead" is added by an unknown answer home=castle',
      'step "vet" has no source',
    ]);
  });
});
