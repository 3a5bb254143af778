import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import type { ProblemCode, ProblemContext } from '../../content/documents/documents-ru';
import type { LetterField as Field, LetterFlag } from '../../content/documents/letter-fields';
import { isWarning } from '../../engine/letter';
import { setLetterField } from '../../store/letter-draft';
import { useDocumentsText } from './use-documents-text';

export type LetterFieldProps = {
  field: Field;
  /** The field's value in the draft, which the form follows as a whole. */
  value: string;
  /** A problem to show now: the form decides when a problem is ready to be told. */
  problem?: ProblemCode | undefined;
  context: ProblemContext;
  optional?: boolean;
  /** The control; by default a text input. Receives the ids and ARIA it must carry. */
  control?: (props: ControlProps) => ReactNode;
  input?: Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete'>;
  onLeave?: (field: Field) => void;
  /** Shown under the message, e.g. a button that fixes a warning. */
  after?: ReactNode;
};

export type ControlProps = {
  id: string;
  value: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
};

/**
 * One labelled field of the letter: its hint, and its problem named next to it — an error
 * marks it invalid, a warning only advises. Typing is never blocked.
 */
export function LetterField({
  field,
  value,
  problem,
  context,
  optional = false,
  control,
  input,
  onLeave,
  after,
}: LetterFieldProps) {
  const text = useDocumentsText();
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const { label, hint } = text.fields[field] as { label: string; hint?: string };
  const error = problem !== undefined && !isWarning(problem);
  const describedBy = [problem && problemId, hint && hintId].filter(Boolean).join(' ') || undefined;

  const props: ControlProps = {
    id,
    value,
    'aria-invalid': error || undefined,
    'aria-describedby': describedBy,
    onChange: (next) => {
      setLetterField(field, next);
    },
    onBlur: () => onLeave?.(field),
  };

  return (
    <div className="field" data-field={field}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> ({text.optional})</span>}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {control ? (
        control(props)
      ) : (
        <input
          {...input}
          id={id}
          className="field-input"
          value={value}
          aria-invalid={props['aria-invalid']}
          aria-describedby={describedBy}
          onChange={(event) => {
            props.onChange(event.currentTarget.value);
          }}
          onBlur={props.onBlur}
        />
      )}
      {problem && (
        <p className="field-problem" id={problemId} data-kind={error ? 'error' : 'warning'}>
          <span className="icon-mark" aria-hidden="true">
            {error ? '✕' : '!'}
          </span>
          <span className="visually-hidden">{error ? text.errorPrefix : text.warningPrefix} </span>
          {text.problems[problem](context)}
        </p>
      )}
      {after}
    </div>
  );
}

/** A tick in the letter's form: what the letter should also ask for. */
export function LetterCheck({ field, checked }: { field: LetterFlag; checked: boolean }) {
  const text = useDocumentsText();
  return (
    <div className="field field-check" data-field={field}>
      <label className="field-check-label">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            setLetterField(field, event.currentTarget.checked ? 'yes' : '');
          }}
        />
        <span>{text.fields[field].label}</span>
      </label>
    </div>
  );
}
