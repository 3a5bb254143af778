export type ShortLabelProps = {
  full: string;
  short: string;
};

/**
 * A control's visible wording: in full on wide screens, shortened on phones. The control's
 * accessible name is always `full`, which contains `short`, so speech input still finds it.
 */
export function ShortLabel({ full, short }: ShortLabelProps) {
  return (
    <span aria-hidden="true">
      <span className="label-full">{full}</span>
      <span className="label-short">{short}</span>
    </span>
  );
}
