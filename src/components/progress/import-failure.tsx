import type { ImportProblem } from '../../store/progress-file';
import { AlertMessage } from '../shared/alert-message';
import { useMessages } from '../shared/use-messages';

export type ImportFailure = ImportProblem | 'unreadable';

export type ImportFailureAlertProps = {
  failure: ImportFailure;
  onClose: () => void;
};

/** Why a chosen file or an opened link was not loaded; the current progress is untouched. */
export function ImportFailureAlert({ failure, onClose }: ImportFailureAlertProps) {
  const messages = useMessages();
  return (
    <AlertMessage
      title={failure === 'broken-link' ? messages.linkFailedTitle : messages.importFailedTitle}
      text={`${messages.importProblems[failure]} ${messages.importUnchanged}`}
    >
      <button type="button" className="button button-quiet" onClick={onClose}>
        {messages.close}
      </button>
    </AlertMessage>
  );
}
