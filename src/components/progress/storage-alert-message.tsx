import type { StorageIssue } from '../../store/safe-storage';
import { AlertMessage } from '../shared/alert-message';
import { downloadText } from '../shared/download';
import { useMessages } from '../shared/use-messages';

export type StorageAlertMessageProps = {
  issue: StorageIssue;
  onDismiss: () => void;
};

export function StorageAlertMessage({ issue, onDismiss }: StorageAlertMessageProps) {
  const messages = useMessages();
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
