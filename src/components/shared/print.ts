/** The sheets that print alone: the letter, the record, the overview of organisations. */
export type Sheet = 'letter' | 'record' | 'overview';

/** Marks the page so that print shows one sheet only, until printing is over. */
export function printOnly(sheet: Sheet) {
  const root = document.documentElement;
  const before = root.dataset.print;
  root.dataset.print = sheet;
  window.addEventListener(
    'afterprint',
    () => {
      if (before === undefined) delete root.dataset.print;
      else root.dataset.print = before;
    },
    { once: true },
  );
  window.print();
}
