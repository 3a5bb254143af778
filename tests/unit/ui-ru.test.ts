import { describe, expect, it } from 'vitest';
import { tickTime as englishTime } from '../../src/content/interface/ui-en';
import { plural, tickTime, ui } from '../../src/content/interface/ui-ru';

describe('Russian wording', () => {
  it.each([
    [1, 'остался 1 пункт'],
    [2, 'осталось 2 пункта'],
    [4, 'осталось 4 пункта'],
    [5, 'осталось 5 пунктов'],
    [11, 'осталось 11 пунктов'],
    [21, 'остался 21 пункт'],
    [22, 'осталось 22 пункта'],
  ])('says how many items remain: %i', (count, text) => {
    expect(ui.remaining(count)).toBe(text);
  });

  it.each([
    [0, 17, '0 из 17 шагов'],
    [7, 17, '7 из 17 шагов'],
    [3, 21, '3 из 21 шага'],
    [2, 22, '2 из 22 шагов'],
  ])('counts steps in the genitive: %i of %i', (done, total, text) => {
    expect(ui.stepsOf(done, total)).toBe(text);
  });

  it('picks the three plural forms', () => {
    const forms = { one: 'шаг', few: 'шага', many: 'шагов' };
    expect([1, 3, 5, 12, 101, 104, 111].map((n) => plural(n, forms))).toEqual([
      'шаг',
      'шага',
      'шагов',
      'шагов',
      'шаг',
      'шага',
      'шагов',
    ]);
  });

  it('writes percent with a non-breaking space and tick times in ru-RU form', () => {
    expect(ui.percent(41)).toBe('41\u00a0%');
    expect(ui.tickedAt(new Date(2026, 10, 27, 19, 40).getTime())).toBe(
      'отмечено 27.11.2026, 19:40',
    );
  });

  it('agrees with the browser’s own Russian plural rules for every count up to 1,000', () => {
    const rules = new Intl.PluralRules('ru-RU');
    const forms = { one: 'one', few: 'few', many: 'many' };
    for (let count = 0; count <= 1000; count++) {
      expect(plural(count, forms), String(count)).toBe(rules.select(count));
    }
  });

  it('dates ticks as Intl does for ru-RU and en-GB, through a whole year of days and hours', () => {
    const options = { hour: '2-digit', minute: '2-digit', year: 'numeric' } as const;
    const russian = new Intl.DateTimeFormat('ru-RU', {
      ...options,
      day: '2-digit',
      month: '2-digit',
    });
    const english = new Intl.DateTimeFormat('en-GB', {
      ...options,
      day: 'numeric',
      month: 'short',
    });
    for (let day = 0; day < 366; day++) {
      const time = new Date(2026, 0, 1 + day, day % 24, (day * 7) % 60).getTime();
      expect(tickTime.format(time)).toBe(russian.format(time));
      expect(englishTime.format(time)).toBe(english.format(time));
    }
  });
});
