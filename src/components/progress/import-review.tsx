import { useEffect, useMemo, useState } from 'react';
import type { Procedure } from '../../content/types';
import { knownIds } from '../../engine/content-ids';
import { organisationName } from '../../engine/organisations';
import { overallCount } from '../../engine/progress';
import {
  mergeSummary,
  planImport,
  type MergeSummary,
  type PlannedImport,
} from '../../store/import-plan';
import { importOrganisations } from '../../store/organisation-actions';
import { readOrganisations, type OrganisationRow } from '../../store/organisation-rows';
import {
  FILE_MAX_BYTES,
  parseProgressFile,
  type FileDevice,
  type FileOrganisation,
  type KnownIds,
} from '../../store/progress-file';
import { decodeLink } from '../../store/progress-link';
import { useProgressStore, type Change } from '../../store/progress-store';
import { factsOf, mergeSynced, sanitize } from '../../store/saved';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useUi } from '../shared/language';
import { useMessages } from '../shared/use-messages';
import { useOrganisationsText } from '../shared/use-organisations-text';
import type { ImportFailure } from './import-failure';

/** Where the progress comes from: a chosen file, or the payload of a link that was opened. */
export type ImportSource = { kind: 'file'; file: File } | { kind: 'link'; payload: string };

export type ImportReviewProps = {
  source: ImportSource;
  procedure: Procedure;
  onFailure: (failure: ImportFailure) => void;
  onImported: (change: Change, merged: boolean) => void;
  onClose: () => void;
};

type Step = PlannedImport<OrganisationRow> & {
  /** For a file that merges into an organisation here: what the merge changes. */
  merge: MergeSummary | null;
};

type Pending = {
  plan: Step[];
  exportedAt: Date | null;
  device: FileDevice | null;
  merges: boolean;
  clamped: boolean;
};

type Read = { readonly text: string } | { readonly failure: ImportFailure };

/** The text of a source, or the reason it has none. */
async function textOf(source: ImportSource): Promise<Read> {
  if (source.kind === 'link') {
    return decodeLink(source.payload).then(
      (text) => ({ text }),
      () => ({ failure: 'broken-link' as const }),
    );
  }
  if (source.file.size > FILE_MAX_BYTES) return { failure: 'too-large' };
  return source.file.text().then(
    (text) => ({ text }),
    () => ({ failure: 'unreadable' as const }),
  );
}

/** What merging `incoming` into a local organisation would change there. */
function previewMerge(target: OrganisationRow, incoming: FileOrganisation): MergeSummary {
  const { synced } = useProgressStore.organisationData;
  const here = synced(target.id);
  const there = sanitize(incoming.progress);
  const merged = mergeSynced(here, { ...there, changed: incoming.changed ?? {} });
  return mergeSummary(factsOf(here), factsOf(merged), there);
}

/**
 * Reads and checks a chosen file or an opened link, then shows, organisation by organisation,
 * what it would do here — merge (a file of version 6 and later: «+3 отметки, 1 заметка
 * изменена»), replace (an older file) or add — and asks. Several organisations can be left out.
 */
export function ImportReview({
  source,
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
    void textOf(source).then((read) => {
      if (!current) return;
      const result =
        'failure' in read
          ? ({ ok: false, problem: read.failure } as const)
          : parseProgressFile(read.text, known);
      if (!result.ok) {
        // A link that reads but holds no file of ours was altered on the way, unless a newer
        // page made it: then updating this one is the answer, as for a file.
        fail(
          source.kind === 'link' && result.problem !== 'newer-version'
            ? 'broken-link'
            : result.problem,
        );
        return;
      }
      const merges = result.organisations.every((organisation) => organisation.changed);
      const plan = planImport(result.organisations, {
        local: readOrganisations(ui.organisationDefault),
        open: useProgressStore.getState().organisation,
        single: result.single,
        merges,
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
      setPending({
        plan: plan.map((step) => ({
          ...step,
          merge:
            merges && step.target && step.target.facts !== 'unreadable'
              ? previewMerge(step.target, step.incoming)
              : null,
        })),
        exportedAt: result.exportedAt,
        device: result.device,
        merges,
        clamped: result.clamped,
      });
    });
    return () => {
      current = false;
    };
  }, [source, known, onFailure, onClose, ui]);

  if (!pending) return null;
  const { plan, exportedAt, device, merges, clamped } = pending;
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
          ...(incoming.changed ? { changed: incoming.changed } : {}),
        })),
      ),
      merges,
    );
  };
  const here = device !== null && device.id === useProgressStore.getState().device.id;
  const title =
    source.kind === 'link' ? text.mergeLinkTitle : merges ? text.mergeTitle : messages.importTitle;
  const origin = merges && <p>{text.mergeSource(device?.name ?? null, exportedAt, here)}</p>;
  const clampedNote = clamped && (
    <p role="alert" className="import-nothing">
      {text.mergeClamped}
    </p>
  );
  const kept = plan.reduce((sum, step) => sum + (step.merge?.ticksKept ?? 0), 0);

  const [only] = plan;
  if (plan.length === 1 && only) {
    const incoming = overallCount(procedure, only.incoming.progress);
    const target = only.target;
    const now =
      target && target.facts !== 'unreadable' ? overallCount(procedure, target.facts) : null;
    return (
      <ConfirmDialog
        open
        title={title}
        confirmLabel={
          target ? (only.merge ? text.mergeConfirm : messages.importConfirm) : text.importAddConfirm
        }
        onCancel={onClose}
        onConfirm={apply}
      >
        {origin}
        {target && only.merge ? (
          <>
            <p>{text.importOrganisation(target.name)}</p>
            <p className="import-summary">{text.mergeSummary(only.merge)}.</p>
            <p>{text.mergeKeeps(kept)}</p>
          </>
        ) : target ? (
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
        {clampedNote}
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={merges ? text.mergeConfirm : text.importManyConfirm}
      onCancel={onClose}
      onConfirm={apply}
    >
      {origin}
      <p>{text.importMany(plan.length, exportedAt)}</p>
      <ul className="import-plan">
        {plan.map(({ incoming, name, target, merge }, index) => (
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
                {target && merge
                  ? text.mergeRow(target.name, text.mergeSummary(merge))
                  : target
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
      {merges && plan.some((step, index) => step.merge && !skipped.has(index)) && (
        <p>{text.mergeKeeps(kept)}</p>
      )}
      {plan.some((step, index) => step.target && !step.merge && !skipped.has(index)) && (
        <p>{messages.importReplaces}</p>
      )}
      {clampedNote}
    </ConfirmDialog>
  );
}
