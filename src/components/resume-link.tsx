import type { MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import { findSection, nextStep, overallCount } from '../engine/progress';
import { useProgressStore } from '../store/progress-store';
import { focusControl, itemDomId, optionDomId } from './dom-ids';

export type ResumeLinkProps = {
  procedure: Procedure;
};

/** Takes a person who has started to the first thing still to do, and focuses it. */
export function ResumeLink({ procedure }: ResumeLinkProps) {
  const next = useProgressStore(useShallow((state) => nextStep(procedure, state)));
  const started = useProgressStore((state) => overallCount(procedure, state).done > 0);
  if (!next || !started) return null;

  let target: string;
  if (next.kind === 'item') {
    target = itemDomId(next.itemId);
  } else {
    const section = findSection(procedure, next.sectionId);
    const first = section?.kind === 'choice' ? section.options[0] : undefined;
    if (!first) return null;
    target = optionDomId(next.sectionId, first.id);
  }

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
