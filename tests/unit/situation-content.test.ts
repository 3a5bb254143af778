import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import { itsTermination as english } from '../../src/content/article/its-termination-en';
import type { Situation } from '../../src/content/types';
import { itemIds } from '../../src/engine/content-ids';
import {
  addedSteps,
  answerKey,
  situationNotes,
  validateSituation,
  YES,
} from '../../src/engine/situation';

const situation = itsTermination.situation as Situation;
const situationEn = english.situation as Situation;

const services = (...options: string[]) =>
  Object.fromEntries(options.map((option) => [answerKey('services', option), YES]));
const steps = (answers: Record<string, string>) =>
  addedSteps(situation, answers).map((step) => step.id);

describe('the situation check of the ITS procedure', () => {
  it('is sound in both languages, with the same questions, answers, steps and sources', () => {
    expect(validateSituation(situation, itsTermination)).toEqual([]);
    expect(validateSituation(situationEn, english)).toEqual([]);
    const shape = (s: Situation) => ({
      questions: s.questions.map((q) => [q.id, q.multiple, q.inLetter, q.options.map((o) => o.id)]),
      steps: s.steps.map((step) => [step.id, step.when, step.guidance.sources.map((x) => x.url)]),
      notes: s.notes.map((note) => [note.when, note.sources.map((x) => x.url)]),
      section: s.section.id,
    });
    expect(shape(situationEn)).toEqual(shape(situation));
  });

  it('names its answers as 1C names them', () => {
    const labels = situation.questions.flatMap((q) => q.options.map((o) => o.label));
    expect(labels).toEqual([
      'Базовая',
      'ПРОФ',
      'КОРП',
      'ИТС ПРОФ',
      'ИТС ТЕХНО',
      '1С-Отчётность',
      '1С-ЭДО',
      '1С:Фреш',
      '1С:Облачный архив',
      '1С:Линк',
      '1С:Контрагент',
      'ИТС Отраслевой',
      'Не знаю',
    ]);
  });

  it('leaves the article alone: its 20 items, none of them an added step', () => {
    const article = itemIds(itsTermination);
    expect(article.size).toBe(20);
    for (const step of situation.steps) expect(article.has(step.id)).toBe(false);
  });

  it('cites a dated public page for every step and note', () => {
    for (const { sources } of [...situation.steps.map((s) => s.guidance), ...situation.notes]) {
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(new URL(source.url).protocol).toMatch(/^https?:$/);
        expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.title.trim()).not.toBe('');
      }
    }
  });

  it('never says what is wrong or unproven: that 1C stops, that any update or date will do, that a refund is due', () => {
    const texts = [situation, situationEn].flatMap((s) => [
      s.title,
      s.intro,
      s.section.title,
      s.section.note,
      ...s.steps.flatMap((step) => [step.text, step.guidance.reason]),
      ...s.notes.map((note) => note.reason),
    ]);
    for (const text of texts) {
      expect(text).not.toMatch(
        /перестан\w* работать|незаконн|полный возврат|любые обновления|с любой даты|ТЕХНО включает|stops? working|illegal|full refund|any updates?|any date|TECHNO includes/i,
      );
    }
  });
});

describe('which steps the answers add', () => {
  it('adds nothing before anything is answered', () => {
    expect(steps({})).toEqual([]);
  });

  it('adds the notice and the payment steps as soon as anything is answered', () => {
    expect(steps({ tariff: 'techno' })).toEqual([
      'situation-notice-received',
      'situation-pay-rendered',
    ]);
  });

  it('adds the release and the admin steps for ПРОФ and КОРП, not for the basic edition', () => {
    for (const edition of ['prof', 'corp']) {
      expect(steps({ edition })).toEqual([
        'situation-notice-received',
        'situation-pay-rendered',
        'situation-last-release',
        'situation-admin-account',
      ]);
    }
    expect(steps({ edition: 'basic' })).toEqual([
      'situation-notice-received',
      'situation-pay-rendered',
    ]);
    expect(situationNotes(situation, { edition: 'basic' })).toHaveLength(1);
    expect(situationNotes(situation, { edition: 'prof' })).toHaveLength(0);
  });

  it('adds a step for each service that has one, and one list for the rest', () => {
    expect(steps({ edition: 'prof', ...services('reporting', 'edo') })).toEqual([
      'situation-notice-received',
      'situation-pay-rendered',
      'situation-last-release',
      'situation-admin-account',
      'situation-reporting-channel',
      'situation-edo-documents',
    ]);
    expect(steps(services('fresh', 'industry'))).toEqual([
      'situation-notice-received',
      'situation-pay-rendered',
      'situation-fresh-export',
      'situation-industry-its',
    ]);
    for (const service of ['archive', 'link', 'counterparty', 'unknown']) {
      expect(steps(services(service))).toContain('situation-services-list');
    }
  });
});
