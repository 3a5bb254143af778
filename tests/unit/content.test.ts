import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import { validateProcedure } from '../../src/engine/content-ids';

// The scraped article the procedure comes from, kept beside the tests.
const article = readFileSync(resolve(import.meta.dirname, '../fixtures/its-article.txt'), 'utf8');
const lines = article.split('\n').map((line) => line.replace(/^\s*(?:•|\d+\.)\s*/, '').trim());

const allTexts = () => {
  const texts: string[] = [
    itsTermination.title,
    ...itsTermination.intro,
    itsTermination.conclusion,
  ];
  for (const section of itsTermination.sections) {
    texts.push(section.title);
    if (section.kind === 'list') texts.push(...section.items.map((item) => item.text));
    else
      for (const option of section.options)
        texts.push(option.label, ...option.items.map((item) => item.text));
  }
  return texts;
};

describe('ITS termination content', () => {
  it('is a valid procedure', () => {
    expect(validateProcedure(itsTermination)).toEqual([]);
  });

  it('quotes the article verbatim: every title, item and option is a line of it', () => {
    const verbatim = allTexts().filter((text) => !itsTermination.intro.includes(text));
    for (const text of verbatim) expect(lines).toContain(text);
    expect(article).toContain(itsTermination.intro.join(' '));
  });

  it('has the article’s four parts with 4, 4 + 3, 4 and 5 items', () => {
    const shape = itsTermination.sections.map((section) =>
      section.kind === 'list'
        ? [section.title, section.items.length]
        : [section.title, section.options.map((option) => [option.label, option.items.length])],
    );
    expect(shape).toEqual([
      ['Подготовка к отключению сопровождения', 4],
      [
        'Способы отключения ИТС',
        [
          ['Через партнера 1С', 4],
          ['Самостоятельно', 3],
        ],
      ],
      ['Важные моменты при отключении', 4],
      ['Последствия отключения сопровождения', 5],
    ]);
  });

  it('keeps the numbered lists of the article numbered', () => {
    const [, methods, important] = itsTermination.sections;
    expect(methods?.kind === 'choice' && methods.options.map((o) => o.ordered)).toEqual([
      true,
      false,
    ]);
    expect(important?.kind === 'list' && important.ordered).toBe(true);
  });

  it('leaves out the scraped page furniture', () => {
    const everything = JSON.stringify(itsTermination);
    for (const furniture of ['Каперсы', 'Похожие статьи', 'Новинки', 'Самокат', 'Дата публикации'])
      expect(everything).not.toContain(furniture);
  });

  it('closes with the article’s recommendation and names its date', () => {
    expect(itsTermination.conclusion).toMatch(/^Перед отключением сопровождения 1С рекомендуется/);
    expect(article).toContain('28.06.2025');
    expect(itsTermination.source).toBe('по статье от 28.06.2025');
  });
});
