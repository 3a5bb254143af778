import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { copyReminder, keeping, type KeepState } from '../../store/keeping';
import { useProgressStore } from '../../store/progress-store';
import { DEVICE_NAME_MAX_LENGTH } from '../../store/saved';
import { useUi } from '../shared/language';

const useKeepState = (): KeepState =>
  useSyncExternalStore(keeping.subscribe, keeping.get, keeping.get);

/**
 * The page's footer, once the app runs: whether the browser keeps the data, in words, with
 * «Хранить надёжно» while it may delete it, and «Кто отмечает» for this device. The browser
 * is asked once by itself, at the first tick (the moment the data starts to matter).
 */
export function KeepingFooter() {
  const ui = useUi();
  const keep = useKeepState();
  const name = useProgressStore((state) => state.device.name);
  const fieldId = useId();
  const hintId = useId();

  useEffect(() => {
    void keeping.check();
  }, []);
  useEffect(() => {
    if (keep !== 'may-delete' || useProgressStore.getState().device.keepAskedAt !== null) return;
    return useProgressStore.subscribe((state, previous) => {
      if (state.ticks === previous.ticks) return;
      if (Object.keys(state.ticks).length <= Object.keys(previous.ticks).length) return;
      useProgressStore.device.write({ keepAskedAt: Date.now() });
      void keeping.ask();
    });
  }, [keep]);

  const words =
    keep === 'checking' ? '' : keep === 'asking' ? ui.keep.asking : ui.keep[wordsOf(keep)];
  return (
    <div className="keeping">
      <p role="status" className="keeping-state">
        {words}
      </p>
      {(keep === 'may-delete' || keep === 'refused') && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            useProgressStore.device.write({ keepAskedAt: Date.now() });
            void keeping.ask();
          }}
        >
          {ui.keepButton}
        </button>
      )}
      <div className="device-name">
        <label htmlFor={fieldId}>{ui.deviceName}</label>
        <input
          id={fieldId}
          type="text"
          autoComplete="name"
          maxLength={DEVICE_NAME_MAX_LENGTH}
          placeholder={ui.deviceNamePlaceholder}
          aria-describedby={hintId}
          value={name}
          onChange={(event) => {
            useProgressStore.getState().setDeviceName(event.currentTarget.value);
          }}
        />
        <p id={hintId} className="device-name-hint">
          {ui.deviceNameHint}
        </p>
      </div>
    </div>
  );
}

const wordsOf = (keep: Exclude<KeepState, 'checking' | 'asking'>) =>
  keep === 'may-delete' ? 'mayDelete' : keep;

/**
 * A quiet line at the top of the page, never a dialog: progress of several days is only in a
 * browser that may delete it, and no copy holds it yet.
 */
export function CopyReminder() {
  const ui = useUi();
  const keep = useKeepState();
  const organisation = useProgressStore((state) => state.organisation);
  const copiedAt = useProgressStore((state) => state.device.copiedAt);
  const [startedAt] = useState(() => Date.now());
  // Worked out when the page starts, opens another organisation or makes a copy: a tick made
  // now is new, and never what the reminder is about.
  const reminder = useMemo(
    () =>
      copyReminder({
        keep,
        facts: useProgressStore.organisationData.synced(organisation),
        copiedAt,
        now: startedAt,
      }),
    [keep, organisation, copiedAt, startedAt],
  );
  if (!reminder) return null;
  return (
    <div className="copy-reminder">
      <p>{ui.copyReminder(reminder.daysAgo)}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          void import('./actions-host').then((host) => {
            host.exportProgress();
          });
        }}
      >
        {ui.copyButton}
      </button>
    </div>
  );
}
