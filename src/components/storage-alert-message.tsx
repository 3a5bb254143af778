import { messages } from '../content/messages-ru';
import type { StorageIssue } from '../store/safe-storage';
import { AlertMessage } from './alert-message';
import { downloadText } from './download';

export type StorageAlertMessageProps = {
  issue: StorageIssue;
  onDismiss: () => void;
};

export function StorageAlertMessage({ issue, onDismiss }: StorageAlertMessageProps) {
  const { title, text } = messages.storage[issue.kind];
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
            {messages.downloadUnreadable}
          </button>
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            {messages.dismiss}
          </button>
        </>
      )}
    </AlertMessage>
  );
}
