import { useEffect, useState } from 'react';
import type { ProblemCode } from '../../content/documents/documents-ru';
import {
  REASONS,
  WORDINGS,
  type LetterField as Field,
} from '../../content/documents/letter-fields';
import type { Procedure } from '../../content/types';
import { formatDate, localIso } from '../../engine/dates';
import { letterProblems, letterValues, servicesOff, wordingOf } from '../../engine/letter';
import { letterSituation } from '../../engine/situation';
import { setLetterField } from '../../store/letter-draft';
import { useProgressStore } from '../../store/progress-store';
import { ChoiceField } from './choice-field';
import './documents.css';
import { LetterDates } from './letter-dates';
import { LetterCheck, LetterField } from './letter-field';
import { LetterPreview } from './letter-preview';
import { RecordSection } from './record-section';
import { useDocumentsText } from './use-documents-text';

/** Problems told only once the person has left the field: the value may still be growing. */
const UNTIL_LEFT: ReadonlySet<ProblemCode> = new Set([
  'inn-length',
  'kpp-length',
  'bik-length',
  'account-length',
  'details-needed',
]);

/** Fields whose problems quote how many characters were typed. */
const TYPED: ReadonlySet<Field> = new Set(['inn', 'kpp', 'bik', 'account']);

export { remindersOf } from './reminder-event';

export type DocumentsProps = { procedure: Procedure };

/**
 * The documents and dates of the procedure: the termination letter with its form and live
 * preview, the disconnection dates with a calendar reminder, and the completion record.
 */
export function Documents({ procedure }: DocumentsProps) {
  const text = useDocumentsText();
  const draft = useProgressStore((state) => state.letter);
  const answers = useProgressStore((state) => state.answers);
  const situation = letterSituation(procedure.situation, answers);
  const off = servicesOff(draft);
  const today = localIso(new Date());
  // Fields that already had a value when the page opened count as left.
  const [left, setLeft] = useState<ReadonlySet<Field>>(
    () => new Set(Object.keys(draft) as Field[]),
  );
  const leave = (field: Field) => {
    setLeft((fields) => (fields.has(field) ? fields : new Set(fields).add(field)));
  };

  const found = letterProblems(draft, today);
  const problems: Partial<Record<Field, ProblemCode>> = {};
  for (const [field, code] of Object.entries(found) as [Field, ProblemCode][]) {
    if (!UNTIL_LEFT.has(code) || left.has(field)) problems[field] = code;
  }
  const context = {
    typed: (draft.inn ?? '').trim().length,
    contractDate: formatDate(draft.contractDate ?? ''),
    periodEnd: formatDate(draft.periodEnd ?? ''),
  };
  const field = (name: Field) => ({
    field: name,
    value: draft[name] ?? '',
    problem: problems[name],
    context: TYPED.has(name) ? { ...context, typed: (draft[name] ?? '').trim().length } : context,
    onLeave: leave,
  });
  const letter = text.letter(letterValues(draft, text, today, situation));

  // Opened from a step's link before this part had loaded: bring the letter into view.
  useEffect(() => {
    if (window.location.hash === '#letter') document.getElementById('letter')?.scrollIntoView();
  }, []);

  return (
    <>
      <section className="stage documents" id="letter" aria-labelledby="letter-title">
        <header className="documents-header">
          <h2 id="letter-title" className="section-title">
            {text.letterTitle}
          </h2>
          <p className="documents-intro">{text.letterIntro}</p>
        </header>
        <div className="letter-layout">
          <form
            className="letter-form"
            aria-label={text.formLabel}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
            }}
          >
            <ChoiceField
              legend={text.fields.wording.label}
              options={WORDINGS}
              wording={text.wordings}
              chosen={wordingOf(draft)}
              onChoose={(wording) => {
                // The notice of refusal is the default: only the other choice is saved.
                setLetterField('wording', wording === 'agreement' ? wording : '');
              }}
            />
            <LetterField {...field('organisation')} input={{ autoComplete: 'organization' }} />
            <div className="field-row">
              <LetterField
                {...field('inn')}
                input={{ inputMode: 'numeric', autoComplete: 'off' }}
              />
              <LetterField {...field('kpp')} optional input={{ autoComplete: 'off' }} />
            </div>
            <LetterField {...field('partner')} />
            <div className="field-row">
              <LetterField {...field('contractNumber')} input={{ autoComplete: 'off' }} />
              <LetterField {...field('contractDate')} input={{ type: 'date' }} />
            </div>
            <LetterDates draft={draft} today={today} problems={problems} context={context} />
            <LetterField
              {...field('reason')}
              control={(props) => (
                <select
                  {...props}
                  className="field-input"
                  onChange={(event) => {
                    props.onChange(event.currentTarget.value);
                  }}
                >
                  <option value="">{text.reasonChoose}</option>
                  {REASONS.map((reason) => (
                    <option key={reason} value={reason}>
                      {text.reasons[reason]}
                    </option>
                  ))}
                </select>
              )}
            />
            <LetterField
              {...field('reasonDetails')}
              optional={draft.reason !== 'other'}
              control={(props) => (
                <textarea
                  {...props}
                  className="field-input field-textarea"
                  rows={3}
                  onChange={(event) => {
                    props.onChange(event.currentTarget.value);
                  }}
                />
              )}
            />
            <LetterField {...field('regNumbers')} optional input={{ autoComplete: 'off' }} />
            <p className="documents-note">{text.situationInLetter(situation.tariff)}</p>
            {situation.services.length > 0 && (
              <fieldset className="field services-off" aria-describedby="services-off-hint">
                <legend className="field-label">{text.fields.servicesOff.label}</legend>
                <p className="field-hint" id="services-off-hint">
                  {text.servicesOffHint}
                </p>
                {situation.services.map((service) => (
                  <label key={service.id} className="field-check-label">
                    <input
                      type="checkbox"
                      checked={off.has(service.id)}
                      onChange={(event) => {
                        const next = new Set(off);
                        if (event.currentTarget.checked) next.add(service.id);
                        else next.delete(service.id);
                        setLetterField('servicesOff', [...next].join(','));
                      }}
                    />
                    <span>{service.label}</span>
                  </label>
                ))}
              </fieldset>
            )}
            <LetterCheck field="reconciliation" checked={draft.reconciliation === 'yes'} />
            <LetterCheck field="refund" checked={draft.refund === 'yes'} />
            {draft.refund === 'yes' && (
              <>
                <LetterField {...field('bank')} input={{ autoComplete: 'off' }} />
                <div className="field-row">
                  <LetterField
                    {...field('bik')}
                    input={{ inputMode: 'numeric', autoComplete: 'off' }}
                  />
                  <LetterField
                    {...field('account')}
                    input={{ inputMode: 'numeric', autoComplete: 'off' }}
                  />
                </div>
              </>
            )}
            <LetterField {...field('contact')} input={{ autoComplete: 'name' }} />
            <LetterField {...field('signatory')} optional />
          </form>
          <LetterPreview letter={letter} />
        </div>
      </section>
      <RecordSection procedure={procedure} />
    </>
  );
}
