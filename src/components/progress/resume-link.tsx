import type { MouseEvent } from 'react';
import type { Procedure } from '../../content/types';
import { findSection, nextStep, overallCount } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { focusControl, itemDomId, optionDomId } from '../shared/dom-ids';
import { useUi } from '../shared/language';

export type ResumeLinkProps = {
  procedure: Procedure;
};

/** Takes a person who has started to the first thing still to do, and focuses it. */
export function ResumeLink({ procedure }: ResumeLinkProps) {
  const ui = useUi();
  // The DOM id to jump to, as a string: the link re-renders only when it changes.
  const target = useProgressStore((state) => {
    if (overallCount(procedure, state).done === 0) return '';
    const next = nextStep(procedure, state);
    if (!next) return '';
    if (next.kind === 'item') return itemDomId(next.itemId);
    const section = findSection(procedure, next.sectionId);
    const first = section?.kind === 'choice' ? section.options[0] : undefined;
    return first ? optionDomId(next.sectionId, first.id) : '';
  });
  if (target === '') return null;

  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusControl(target);
  };

  return (
    <a className="button button-quiet resume-link" href={`#${target}`} onClick={jump}>
      {ui.resume}
      <span className="resume-arrow" aria-hidden="true">
        {' '}
        ↓
      </span>
    </a>
  );
}
