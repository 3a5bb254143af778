import { useState } from 'react';
import type { Situation, SituationQuestion } from '../../content/types';
import {
  addedSteps,
  answerKey,
  chosenLabels,
  isChosen,
  situationNotes,
  YES,
} from '../../engine/situation';
import { useProgressStore } from '../../store/progress-store';
import { useUi } from '../shared/language';
import { SourceLinks } from '../shared/source-links';

export type SituationCheckProps = { situation: Situation };

/**
 * The situation check at the top of the procedure: a few optional questions, what the
 * answers mean for the company, and how many steps they add. Answers are saved at once.
 */
export function SituationCheck({ situation }: SituationCheckProps) {
  const ui = useUi();
  const answers = useProgressStore((state) => state.answers);
  const chosen = chosenLabels(situation, answers);
  const [open, setOpen] = useState(false);
  /** Set when the answers were just cleared, so that the status line says so. */
  const [cleared, setCleared] = useState(false);
  const added = addedSteps(situation, answers).length;
  const notes = situationNotes(situation, answers);

  return (
    <section className="situation" aria-labelledby="situation-title">
      <header className="situation-header">
        <p className="section-stage">{ui.situationLabel}</p>
        <h2 id="situation-title" className="section-title">
          {situation.title}
        </h2>
      </header>
      <p className="situation-intro">{situation.intro}</p>
      <details
        className="situation-details"
        open={open}
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary className="button situation-toggle">
          {chosen.length > 0 ? ui.situationChange : ui.situationOpen(situation.questions.length)}
        </summary>
        <div className="situation-questions">
          {situation.questions.map((question) => (
            <Question key={question.id} question={question} />
          ))}
          {chosen.length > 0 && (
            <button
              type="button"
              className="button situation-clear"
              onClick={() => {
                useProgressStore.getState().clearAnswers();
                setCleared(true);
              }}
            >
              {ui.situationClear}
            </button>
          )}
        </div>
      </details>
      {chosen.length > 0 && (
        <dl className="situation-answers">
          {chosen.map(({ question, labels }) => (
            <div key={question.id}>
              <dt>{question.legend}</dt>
              <dd>{labels.join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
      {notes.length > 0 && (
        <ul className="situation-notes">
          {notes.map((note) => (
            <li key={note.reason}>
              {note.reason} <SourceLinks sources={note.sources} />
            </li>
          ))}
        </ul>
      )}
      <p className="situation-status" role="status">
        {chosen.length > 0 ? ui.situationAdded(added) : cleared ? ui.situationCleared : ''}
      </p>
    </section>
  );
}

function Question({ question }: { question: SituationQuestion }) {
  const answers = useProgressStore((state) => state.answers);
  const setAnswer = useProgressStore((state) => state.setAnswer);
  const name = `situation-${question.id}`;
  return (
    <fieldset className="situation-question">
      <legend className="situation-legend">{question.legend}</legend>
      <div className="situation-options">
        {question.options.map((option) => {
          const id = `${name}-${option.id}`;
          const checked = isChosen(answers, question, option.id);
          return (
            <label key={option.id} className="situation-option" htmlFor={id}>
              <input
                id={id}
                type={question.multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={checked}
                onChange={(event) => {
                  if (question.multiple) {
                    setAnswer(
                      answerKey(question.id, option.id),
                      event.currentTarget.checked ? YES : null,
                    );
                  } else {
                    setAnswer(question.id, option.id);
                  }
                }}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
