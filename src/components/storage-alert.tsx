import { useSyncExternalStore } from 'react';
import { ui } from '../content/ui-ru';
import { useProgressStore } from '../store/progress-store';
import { AlertMessage } from './alert-message';
import { downloadText } from './download';

const { storage } = useProgressStore;

/** Tells the person when their progress cannot be read or saved, and what to do about it. */
export function StorageAlert() {
  const { issue } = useSyncExternalStore(storage.subscribe, storage.getHealth, storage.getHealth);
  if (!issue) return null;
  const { title, text } = ui.storage[issue.kind];
  return (
    <AlertMessage title={title} text={text}>
      {issue.kind === 'corrupt' && (
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              downloadText('its-progress-unreadable.txt', issue.raw, 'text/plain');
            }}
          >
            {ui.downloadUnreadable}
          </button>
          <button type="button" className="button button-quiet" onClick={storage.dismiss}>
            {ui.dismiss}
          </button>
        </>
      )}
    </AlertMessage>
  );
}
