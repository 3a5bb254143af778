import { useId } from 'react';

export type ChoiceFieldProps<Value extends string> = {
  legend: string;
  options: readonly Value[];
  /** Each option's name and the one line on what choosing it means. */
  wording: Readonly<Record<Value, { label: string; hint: string }>>;
  chosen: Value | null;
  onChoose: (value: Value) => void;
};

/** A group of radios, each with one line under it that says what the choice means. */
export function ChoiceField<Value extends string>({
  legend,
  options,
  wording,
  chosen,
  onChoose,
}: ChoiceFieldProps<Value>) {
  const name = useId();
  return (
    <fieldset className="field choice-field">
      <legend className="field-label">{legend}</legend>
      {options.map((option) => {
        const hintId = `${name}-${option}-hint`;
        return (
          <div key={option} className="choice-row">
            <label className="field-check-label">
              <input
                type="radio"
                name={name}
                value={option}
                checked={chosen === option}
                aria-describedby={hintId}
                onChange={() => {
                  onChoose(option);
                }}
              />
              <span>{wording[option].label}</span>
            </label>
            <p className="field-hint choice-hint" id={hintId}>
              {wording[option].hint}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
