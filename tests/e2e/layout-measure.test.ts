import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARATION } from '../fixtures/items';
import { engine, launch, openApp, type Engine, type Locator, type Page } from './browser';

/**
 * The page's layout measured from the boxes each engine draws, not from class names: headings
 * over what they head, the letter's form beside its preview, nothing wider than a phone.
 */

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

type Box = { top: number; bottom: number; left: number; right: number; height: number };

const letterRegion = (page: Page) => page.getByRole('region', { name: 'Заявление о расторжении' });
const recordRegion = (page: Page) => page.getByRole('region', { name: 'Протокол для архива' });

const boxOf = async (locator: Locator): Promise<Box> =>
  locator.evaluate((element) => {
    const { top, bottom, left, right, height } = element.getBoundingClientRect();
    return { top, bottom, left, right, height };
  });

/**
 * The documents part is drawn once the app has started and it comes near the screen. The
 * letter's top is brought under the toolbar, as its link does, so the sticky preview rests
 * where the layout puts it.
 */
async function showDocuments(page: Page) {
  await recordRegion(page).waitFor();
  await letterRegion(page).evaluate((region) => {
    region.scrollIntoView({ block: 'start' });
  });
}

async function unlock(page: Page) {
  for (const text of PREPARATION) await page.getByRole('checkbox', { name: text }).check();
  await page.getByRole('radio', { name: 'Через партнера 1С' }).check();
}

type Headed = {
  heading: string;
  box: Box;
  content: { name: string; box: Box }[];
};

/**
 * Every heading of a section (the regions' h2 and h3, a fieldset's legend) with what it heads:
 * the other blocks of its section and the lines after it in its own header. The stage label
 * and the counter are the header's furniture, by design beside or above the title. The
 * letter's own title inside the preview is laid out as on paper, under the addressee.
 */
const headedBlocks = (page: Page): Promise<Headed[]> =>
  page.evaluate(() => {
    const boxOf = (element: Element) => {
      const { top, bottom, left, right, height } = element.getBoundingClientRect();
      return { top, bottom, left, right, height };
    };
    const shown = (element: Element) =>
      element.checkVisibility() && element.getBoundingClientRect().height > 0;
    const furniture = '.section-stage, .section-counter';
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${element.className.split(' ').join('.')}` : ''}`;
    return [...document.querySelectorAll('main section :is(h2, h3), main fieldset > legend')]
      .filter((heading) => !heading.closest('.letter-sheet') && shown(heading))
      .map((heading) => {
        const container = heading.parentElement?.closest('section, fieldset');
        if (!container) throw new Error(`${heading.textContent} is outside a section`);
        const holder = [...container.children].find((child) => child.contains(heading));
        const blocks = [...container.children].filter((child) => child !== holder);
        for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
          if (!next.matches(furniture)) blocks.push(next);
        }
        // A stage's heading also says its place and state to screen readers: named by its title.
        const title = heading.querySelector(':scope > [id]:not(.visually-hidden)') ?? heading;
        return {
          heading: title.textContent.trim(),
          box: boxOf(heading),
          content: blocks.filter(shown).map((block) => ({ name: name(block), box: boxOf(block) })),
        };
      });
  });

async function expectHeadingsOnTop(page: Page, where: string) {
  const sections = await headedBlocks(page);
  expect(sections.length, `${where}: headings found`).toBeGreaterThan(0);
  for (const { heading, box, content } of sections) {
    expect(content.length, `${where}: «${heading}» heads something`).toBeGreaterThan(0);
    for (const block of content) {
      const label = `${where}: «${heading}» (top ${String(box.top)}, bottom ${String(box.bottom)}) over ${block.name} (top ${String(block.box.top)})`;
      expect(box.top, label).toBeLessThan(block.box.top);
      // Above it, not beside it: the heading ends before the block begins.
      expect(box.bottom, label).toBeLessThanOrEqual(block.box.top + 0.5);
    }
  }
  return sections.map((section) => section.heading);
}

/** The letter's heading, its form and its preview. */
async function letterBoxes(page: Page) {
  const region = letterRegion(page);
  return {
    heading: await boxOf(
      region.getByRole('heading', { level: 2, name: 'Заявление о расторжении' }),
    ),
    form: await boxOf(region.getByRole('form', { name: 'Данные для заявления' })),
    preview: await boxOf(region.getByRole('article', { name: 'Заявление' })),
  };
}

/** Elements whose right edge goes past the screen, named so a failure says which. */
const overflowing = (page: Page, width: number) =>
  page.evaluate((width) => {
    const wide: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility()) continue;
      const { right, width: own } = element.getBoundingClientRect();
      if (own > 0 && right > width + 0.5) {
        wide.push(`${element.tagName.toLowerCase()}.${element.className} right ${String(right)}`);
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      wide,
    };
  }, width);

describe(`layout measured in ${engine}`, () => {
  it('at 1280 px puts every heading over its content, and the letter form beside its preview under its heading', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 900 } });
    await showDocuments(page);

    const headings = await expectHeadingsOnTop(page, '1280 px');
    // The checklist's four stages, the letter, its dates, the record: all measured.
    expect(headings).toEqual(
      expect.arrayContaining([
        'Подготовка к отключению сопровождения',
        'Способы отключения ИТС',
        'Важные моменты при отключении',
        'Последствия отключения сопровождения',
        'Заявление о расторжении',
        'Сроки',
        'Протокол для архива',
      ]),
    );

    const { heading, form, preview } = await letterBoxes(page);
    expect(heading.bottom, 'the heading is over the form').toBeLessThanOrEqual(form.top);
    expect(heading.bottom, 'the heading is over the preview').toBeLessThanOrEqual(preview.top);
    expect(form.right, 'the form is left of the preview').toBeLessThanOrEqual(preview.left);
    expect(Math.abs(form.top - preview.top), 'form and preview start on one line').toBeLessThan(8);
    expect(form.left, 'the form lines up with its heading').toBeCloseTo(heading.left, 0);

    // The record: its heading, its line, then an ordinary button at the left.
    const record = recordRegion(page);
    const recordHeading = await boxOf(record.getByRole('heading', { name: 'Протокол для архива' }));
    const button = await boxOf(record.getByRole('button', { name: 'Протокол' }));
    expect(button.top).toBeGreaterThan(recordHeading.bottom);
    expect(button.height, 'an ordinary button height').toBeLessThanOrEqual(48);
    expect(button.left, 'left-aligned under its heading').toBeCloseTo(recordHeading.left, 0);

    // Unlocked, the method comparison's parts still sit under its heading.
    await unlock(page);
    await expectHeadingsOnTop(page, '1280 px, methods unlocked');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('at 768 px keeps form and preview side by side, at 360 px stacks them, headings on top', async () => {
    const page = await openApp(browser, { viewport: { width: 768, height: 900 } });
    await showDocuments(page);
    await expectHeadingsOnTop(page, '768 px');
    const wide = await letterBoxes(page);
    expect(wide.form.right).toBeLessThanOrEqual(wide.preview.left);
    expect(Math.abs(wide.form.top - wide.preview.top)).toBeLessThan(8);

    await page.setViewportSize({ width: 360, height: 780 });
    await showDocuments(page);
    await expectHeadingsOnTop(page, '360 px');
    const narrow = await letterBoxes(page);
    expect(narrow.heading.bottom).toBeLessThanOrEqual(narrow.form.top);
    expect(narrow.preview.top, 'the preview follows the form').toBeGreaterThanOrEqual(
      narrow.form.bottom,
    );
    await page.close();
  });

  it('at 360 px nothing is wider than the screen, with the methods open and the letter filled', async () => {
    const page = await openApp(browser, { viewport: { width: 360, height: 780 } });
    await showDocuments(page);
    expect(await overflowing(page, 360)).toEqual({ scrollWidth: 360, wide: [] });

    await unlock(page);
    const region = letterRegion(page);
    await region
      .getByLabel('Организация', { exact: true })
      .fill('ООО «Производственно-коммерческаяфирмасоченьдлиннымназваниембезпробелов»');
    await region.getByLabel('ИНН', { exact: true }).fill('123');
    await region.getByLabel('ИНН', { exact: true }).press('Tab');
    await showDocuments(page);
    const filled = await overflowing(page, 360);
    expect(filled.scrollWidth).toBeLessThanOrEqual(360);
    expect(filled.wide).toEqual([]);

    // The record opened over the page fits too.
    await recordRegion(page).getByRole('button', { name: 'Протокол' }).click();
    await page.getByRole('dialog').waitFor();
    expect((await overflowing(page, 360)).wide).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps every step card inside its method’s column, chosen or not, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await openApp(browser, { viewport: { width, height: 900 } });
      await unlock(page);
      const methods = page.getByRole('region', { name: 'Способы отключения ИТС' });
      const columns = methods.getByRole('radio');
      expect(await columns.count()).toBe(2);
      const escaping = await methods.evaluate((region) =>
        [...region.querySelectorAll('input[type="checkbox"]')].flatMap((box) => {
          // The card is the bordered block around the box's label; the column is the block
          // that also holds a radio.
          const card = box.closest('label')?.parentElement;
          let column = card?.parentElement ?? null;
          while (column && !column.querySelector('input[type="radio"]')) {
            column = column.parentElement;
          }
          if (!card || !column) return [`${box.id}: no card or column`];
          const inner = card.getBoundingClientRect();
          const outer = column.getBoundingClientRect();
          return inner.left < outer.left || inner.right > outer.right
            ? [`${box.id}: ${String(Math.round(inner.right - outer.right))} px past the column`]
            : [];
        }),
      );
      expect(escaping, `${String(width)} px`).toEqual([]);
      await page.close();
    }
  });

  it('a tick moves nothing: every preparation card and the lock panel keep their size, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await openApp(browser, { viewport: { width, height: 900 } });
      const methods = page.getByRole('region', { name: 'Способы отключения ИТС' });
      const preparation = page.getByRole('region', {
        name: 'Подготовка к отключению сопровождения',
      });
      // The height of every card of the preparation, the lock panel (the methods' region) and
      // where the stage after it starts.
      const sizes = async () => ({
        cards: await preparation.evaluate((region) =>
          [...region.querySelectorAll('input[type="checkbox"]')].map((box) =>
            Math.round(box.closest('label')?.parentElement?.getBoundingClientRect().height ?? 0),
          ),
        ),
        methods: Math.round((await boxOf(methods)).height),
      });
      const before = await sizes();
      expect(before.cards).toHaveLength(PREPARATION.length);
      for (const text of PREPARATION.slice(0, 3)) {
        await page.getByRole('checkbox', { name: text }).check();
        expect(await sizes(), `${String(width)} px, ${text} ticked`).toEqual(before);
      }
      await page.close();
    }
  });

  it('on paper keeps each checklist heading over its items', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 900 } });
    await showDocuments(page);
    await page.emulatePrint(true);
    const headings = await expectHeadingsOnTop(page, 'print');
    expect(headings).toContain('Подготовка к отключению сопровождения');
    // The checklist on paper leaves the forms out.
    expect(await letterRegion(page).isVisible()).toBe(false);
    await page.close();
  });
});
