/** The cards the measures click: the same four preparation steps on every page that has them. */
import { largeProcedure } from '../../bench/large-procedure.ts';
import { itsTermination } from '../../src/content/article/its-termination.ts';
import type { Item, Procedure } from '../../src/content/types.ts';

export function listItems(procedure: Procedure, sectionIds: string[]): Item[] {
  return procedure.sections.flatMap((section) =>
    section.kind === 'list' && sectionIds.includes(section.id) ? section.items : [],
  );
}

/** The first list's first four cards: the preparation people tick first. */
const firstFour = (procedure: Procedure) =>
  procedure.sections.find((section) => section.kind === 'list')?.items.slice(0, 4) ?? [];
/** The floor pages have the same four preparation checkboxes as the app. */
export const preparation = firstFour(itsTermination);
export const preparationLarge = firstFour(largeProcedure);
if (preparation.length !== 4 || preparationLarge.length !== 4) {
  throw new Error('expected four preparation items in each procedure');
}
