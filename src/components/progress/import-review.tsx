import { useEffect, useMemo, useState } from 'react';
import type { Procedure } from '../../content/types';
import { knownIds } from '../../engine/content-ids';
import { organisationName } from '../../engine/organisations';
import { overallCount } from '../../engine/progress';
import { planImport, type PlannedImport } from '../../store/import-plan';
import { importOrganisations } from '../../store/organisation-actions';
import { readOrganisations, type OrganisationRow } from '../../store/organisation-rows';
import { FILE_MAX_BYTES, parseProgressFile, type KnownIds } from '../../store/progress-file';
import { useProgressStore, type Change } from '../../store/progress-store';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useUi } from '../shared/language';
import { useMessages } from '../shared/use-messages';
import { useOrganisationsText } from '../shared/use-organisations-text';
import type { ImportFailure } from './import-failure';

export type ImportReviewProps = {
  file: File;
  procedure: Procedure;
  onFailure: (failure: ImportFailure) => void;
  onImported: (change: Change) => void;
  onClose: () => void;
};

type Pending = { plan: PlannedImport<OrganisationRow>[]; exportedAt: Date | null };

/**
 * Reads and checks a chosen file, then shows, organisation by organisation, what it would
 * replace or add, and asks. A file of several organisations lets the person leave some out.
 */
export function ImportReview({
  file,
  procedure,
  onFailure,
  onImported,
  onClose,
}: ImportReviewProps) {
  const messages = useMessages();
  const text = useOrganisationsText();
  const ui = useUi();
  const [pending, setPending] = useState<Pending | null>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  const known = useMemo<KnownIds>(() => knownIds(procedure), [procedure]);

  useEffect(() => {
    let current = true;
    const fail = (failure: ImportFailure) => {
      if (!current) return;
      onFailure(failure);
      onClose();
    };
    if (file.size > FILE_MAX_BYTES) {
      fail('too-large');
      return;
    }
    file.text().then(
      (text) => {
        const result = parseProgressFile(text, known);
        if (!result.ok) {
          fail(result.problem);
          return;
        }
        if (!current) return;
        const plan = planImport(result.organisations, {
          local: readOrganisations(ui.organisationDefault),
          open: useProgressStore.getState().organisation,
          single: result.single,
          nameOf: (incoming) => ({
            name: organisationName(
              {
                id: '',
                number: incoming.number,
                given: incoming.name,
                fromLetter: incoming.progress.letter.organisation,
              },
              ui.organisationDefault,
            ),
            named: Boolean(incoming.name?.trim() || incoming.progress.letter.organisation?.trim()),
          }),
        });
        setPending({ plan, exportedAt: result.exportedAt });
      },
      () => {
        fail('unreadable');
      },
    );
    return () => {
      current = false;
    };
  }, [file, known, onFailure, onClose, ui]);

  if (!pending) return null;
  const { plan, exportedAt } = pending;
  const stepsOf = (facts: Parameters<typeof overallCount>[1]) => {
    const count = overallCount(procedure, facts);
    return ui.stepsOf(count.done, count.total);
  };
  const apply = () => {
    const chosen = plan.filter((_step, index) => !skipped.has(index));
    if (chosen.length === 0) return;
    onClose();
    onImported(
      importOrganisations(
        chosen.map(({ incoming, target }) => ({
          target: target?.id ?? null,
          name: incoming.name,
          progress: incoming.progress,
        })),
      ),
    );
  };

  const [only] = plan;
  if (plan.length === 1 && only) {
    const incoming = overallCount(procedure, only.incoming.progress);
    const target = only.target;
    const now =
      target && target.facts !== 'unreadable' ? overallCount(procedure, target.facts) : null;
    return (
      <ConfirmDialog
        open
        title={messages.importTitle}
        confirmLabel={target ? messages.importConfirm : text.importAddConfirm}
        onCancel={onClose}
        onConfirm={apply}
      >
        {target ? (
          <>
            <p>{text.importOrganisation(target.name)}</p>
            {now && <p>{messages.importNow(now.done, now.total)}</p>}
            <p>{messages.importFromFile(incoming.done, incoming.total, exportedAt)}</p>
            <p>{messages.importReplaces}</p>
          </>
        ) : (
          <>
            <p>{text.importAdds(only.name)}</p>
            <p>{messages.importFromFile(incoming.done, incoming.total, exportedAt)}</p>
          </>
        )}
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      open
      title={messages.importTitle}
      confirmLabel={text.importManyConfirm}
      onCancel={onClose}
      onConfirm={apply}
    >
      <p>{text.importMany(plan.length, exportedAt)}</p>
      <ul className="import-plan">
        {plan.map(({ incoming, name, target }, index) => (
          <li key={index}>
            <label className="field-check-label">
              <input
                type="checkbox"
                checked={!skipped.has(index)}
                onChange={(event) => {
                  const next = new Set(skipped);
                  if (event.currentTarget.checked) next.delete(index);
                  else next.add(index);
                  setSkipped(next);
                }}
              />
              <span>
                {target
                  ? text.importRowReplace(
                      target.name,
                      target.facts === 'unreadable' ? '—' : stepsOf(target.facts),
                      stepsOf(incoming.progress),
                    )
                  : text.importRowAdd(name, stepsOf(incoming.progress))}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {skipped.size === plan.length && (
        <p role="alert" className="import-nothing">
          {text.importNothing}
        </p>
      )}
      {plan.some((step, index) => step.target && !skipped.has(index)) && (
        <p>{messages.importReplaces}</p>
      )}
    </ConfirmDialog>
  );
}
