import { generate } from 'lean-qr/nano';
import { useEffect, useId, useRef, useState } from 'react';
import { encodeLink, linksWork } from '../../store/progress-link';
import { useProgressStore } from '../../store/progress-store';
import { exportProgress, progressFileText } from '../shared/export-progress';
import { useMessages } from '../shared/use-messages';
import { useOrganisationName } from '../shared/use-organisation-name';
import { useOrganisationsText } from '../shared/use-organisations-text';

/** The longest link a QR code can hold that a phone's camera still reads from a screen. */
export const QR_MAX_CHARS = 2300;

type Link =
  | { kind: 'making' }
  | { kind: 'made'; url: string; qr: { size: number; path: string } | null }
  | { kind: 'unavailable' };

/** The dark modules of a QR code as one SVG path, one unit per module. */
function qrPath(text: string): { size: number; path: string } | null {
  if (text.length > QR_MAX_CHARS) return null;
  try {
    const code = generate(text);
    let path = '';
    for (let y = 0; y < code.size; y += 1) {
      for (let x = 0; x < code.size; x += 1) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
    }
    return { size: code.size, path };
  } catch {
    // More than any QR code holds.
    return null;
  }
}

/**
 * «Передать на другое устройство»: a link whose fragment carries the open organisation (and
 * its QR code), to open on a phone or send to a colleague. Opening it shows what it would
 * merge and asks first.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const messages = useMessages();
  const text = useOrganisationsText();
  const organisation = useOrganisationName();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [link, setLink] = useState<Link>(() =>
    linksWork() ? { kind: 'making' } : { kind: 'unavailable' },
  );
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
    };
  }, []);

  useEffect(() => {
    let current = true;
    if (!linksWork()) return;
    const base = `${location.origin}${location.pathname}`;
    encodeLink(progressFileText(new Date(), false, 0)).then(
      (fragment) => {
        if (!current) return;
        const url = base + fragment;
        setLink({ kind: 'made', url, qr: qrPath(url) });
      },
      () => {
        if (current) setLink({ kind: 'unavailable' });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const copyLink = (url: string) => {
    // Through a promise: without a secure context there is no clipboard at all.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(
        () => {
          setCopy('copied');
          useProgressStore.device.write({ copiedAt: Date.now() });
        },
        () => {
          setCopy('failed');
        },
      );
  };

  return (
    <dialog
      ref={dialog}
      className="dialog share-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {text.shareTitle}
      </h2>
      <div className="dialog-body">
        <p>{text.shareIntro(organisation)}</p>
        {link.kind === 'made' && (
          <>
            <label className="share-link">
              <span>{text.shareLinkLabel}</span>
              <input
                type="text"
                readOnly
                value={link.url}
                onFocus={(event) => {
                  event.currentTarget.select();
                }}
              />
            </label>
            {link.qr ? (
              <svg
                className="share-qr"
                role="img"
                aria-label={text.shareQrLabel}
                viewBox={`-4 -4 ${String(link.qr.size + 8)} ${String(link.qr.size + 8)}`}
                shapeRendering="crispEdges"
              >
                <rect x="-4" y="-4" width="100%" height="100%" fill="#fff" />
                <path d={link.qr.path} fill="#000" />
              </svg>
            ) : (
              <p role="alert">{text.shareTooLong(link.url.length)}</p>
            )}
            <p className="share-private">{text.sharePrivate}</p>
          </>
        )}
        {link.kind === 'unavailable' && <p role="alert">{text.shareUnavailable}</p>}
        <p role="status" className="letter-copy-status">
          {copy === 'copied' && text.shareCopied}
        </p>
        {copy === 'failed' && <p role="alert">{text.shareCopyFailed}</p>}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {messages.close}
        </button>
        {link.kind !== 'made' || !link.qr ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              exportProgress();
            }}
          >
            {text.shareFile}
          </button>
        ) : null}
        {link.kind === 'made' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              copyLink(link.url);
            }}
          >
            {text.shareCopy}
          </button>
        )}
      </div>
    </dialog>
  );
}
