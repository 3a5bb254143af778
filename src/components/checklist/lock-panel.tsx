import type { MouseEvent } from 'react';
import type { ChoiceSection, Gate, Procedure } from '../../content/types';
import { findSection, gateStatus, isTicked } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { focusControl, itemDomId } from '../shared/dom-ids';
import { Icon } from '../shared/icon';
import { useUi } from '../shared/language';

export type LockPanelProps = {
  procedure: Procedure;
  section: ChoiceSection;
  gate: Gate;
};

/**
 * Says what still blocks the section and links straight to each missing item. Every item
 * keeps its line, the ticked ones marked so, so a tick never changes the panel's height.
 */
export function LockPanel({ procedure, section, gate }: LockPanelProps) {
  const ui = useUi();
  // A string, so the panel re-renders only when the set of missing items changes.
  const remainingIds = useProgressStore((state) => {
    const status = gateStatus(procedure, section, state);
    return status.locked ? status.remaining.map((item) => item.id).join(' ') : '';
  });
  const required = findSection(procedure, gate.requires);
  const missing = new Set(remainingIds.split(' '));
  const items = required?.kind === 'list' ? required.items : [];
  const remaining = items.filter((item) => missing.has(item.id));
  const keepsProgress = useProgressStore(
    (state) =>
      state.choices[section.id] !== undefined ||
      section.options.some((option) => option.items.some((item) => isTicked(state, item.id))),
  );

  const jump = (event: MouseEvent<HTMLAnchorElement>, itemId: string) => {
    event.preventDefault();
    focusControl(itemDomId(itemId));
  };

  return (
    <div className="lock-panel">
      <p className="lock-title">
        <Icon name="lock" />
        <span>
          {gate.lockedTitle}: <strong>{ui.remaining(remaining.length)}</strong>
        </span>
      </p>
      <p className="lock-intro">{ui.lockRemainingIntro}</p>
      <ul className="lock-list">
        {items.map((item) =>
          missing.has(item.id) ? (
            <li key={item.id}>
              <a href={`#${itemDomId(item.id)}`} onClick={(event) => jump(event, item.id)}>
                {item.text}
              </a>
            </li>
          ) : (
            <li key={item.id} className="lock-done">
              {item.text}
              <span className="visually-hidden">: {ui.lockItemDone}</span>
            </li>
          ),
        )}
      </ul>
      {keepsProgress && <p className="lock-kept">{ui.lockKeepsChoice}</p>}
    </div>
  );
}
