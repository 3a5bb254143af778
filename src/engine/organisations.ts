/** What names an organisation: the name given it, else the letter's, else its number. */
export type NameSource = {
  readonly id: string;
  readonly number: number;
  readonly given: string | undefined;
  /** The letter draft's "Организация". */
  readonly fromLetter: string | undefined;
};

/** An organisation's name as the page shows it. */
export function organisationName(
  { number, given, fromLetter }: NameSource,
  defaultName: (number: number) => string,
): string {
  return given?.trim() || fromLetter?.trim() || defaultName(number);
}
