import { useState } from 'react';
import type { DocPart, Letter } from '../../content/documents/letter-fields';
import { letterText } from '../../engine/letter';
import { printOnly } from '../shared/print';
import { useDocumentsText } from './use-documents-text';

const Parts = ({ parts }: { parts: readonly DocPart[] }) =>
  parts.map((part, index) =>
    typeof part === 'string' ? (
      part
    ) : (
      // Not yet filled in: shown in brackets, not by colour alone.
      <span key={index} className="blank">
        [{part.blank}]
      </span>
    ),
  );

/** The letter as it will look on paper, following the form; printed alone on A4. */
export function LetterPreview({ letter }: { letter: Letter }) {
  const text = useDocumentsText();
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);

  return (
    <div className="letter-side">
      <article className="letter-sheet" aria-label={text.previewLabel}>
        <div className="letter-addressee">
          {letter.addressee.map((line, index) => (
            <p key={index}>
              <Parts parts={line} />
            </p>
          ))}
        </div>
        <h3 className="letter-title">
          {letter.title}
          <span className="letter-subtitle">{letter.subtitle}</span>
        </h3>
        {letter.paragraphs.map((paragraph, index) => (
          <p key={index} className="letter-paragraph">
            <Parts parts={paragraph} />
          </p>
        ))}
        <div className="letter-closing">
          {letter.closing.map((line, index) => (
            <p key={index}>
              <Parts parts={line} />
            </p>
          ))}
        </div>
      </article>
      <div className="letter-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            printOnly('letter');
          }}
        >
          {text.print}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            // Through a promise: without a secure context there is no clipboard at all.
            Promise.resolve()
              .then(() => navigator.clipboard.writeText(letterText(letter)))
              .then(
                () => {
                  setCopy('copied');
                },
                () => {
                  setCopy('failed');
                },
              );
          }}
        >
          {text.copy}
        </button>
      </div>
      <p role="status" className="letter-copy-status">
        {copy === 'copied' && text.copied}
      </p>
      {copy === 'failed' && (
        <p role="alert" className="letter-copy-alert">
          {text.copyFailed}
        </p>
      )}
    </div>
  );
}
