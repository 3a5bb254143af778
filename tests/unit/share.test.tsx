import { CompressionStream, DecompressionStream } from 'node:stream/web';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { itsTermination } from '../../src/content/article/its-termination';
import { itemIds } from '../../src/engine/content-ids';
import { decodeLink, linkPayload } from '../../src/store/progress-link';
import { useProgressStore } from '../../src/store/progress-store';
import { random } from './random';

// jsdom has no compression streams; Node's are the same standard ones the browsers have.
Object.assign(globalThis, { CompressionStream, DecompressionStream });

/** «Передать на другое устройство»: the link, its QR code, and a link too long for one. */

async function openShare() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Передать на другое устройство' }));
  // The dialog's code loads on first use.
  const dialog = await screen.findByRole(
    'dialog',
    { name: 'Передать на другое устройство' },
    { timeout: 5000 },
  );
  return { user, dialog };
}

describe('passing the organisation on', () => {
  it('shows a link that carries the open organisation, and its QR code', async () => {
    useProgressStore.getState().toggleItem('prep-backups', true);
    useProgressStore.getState().setNote('prep-backups', 'Копия на сервере');
    const { dialog } = await openShare();
    const field = await within(dialog).findByRole('textbox', { name: 'Ссылка' });
    const link = (field as HTMLInputElement).value;
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/#import=[\w-]+$/);
    expect(within(dialog).getByRole('img', { name: /^QR-код этой ссылки/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Копировать ссылку' })).toBeInTheDocument();
    const file = JSON.parse(await decodeLink(linkPayload(new URL(link).hash) ?? '')) as {
      organisations: { progress: { notes: Record<string, string> } }[];
    };
    expect(file.organisations[0]?.progress.notes).toEqual({ 'prep-backups': 'Копия на сервере' });
  });

  it('says when the link is too long for a QR code, and offers the file instead', async () => {
    // Notes that do not compress: several kilobytes of link.
    const next = random(3);
    const noise = () =>
      Array.from({ length: 400 }, () => String.fromCharCode(0x430 + Math.floor(next() * 32))).join(
        '',
      );
    for (const id of itemIds(itsTermination)) useProgressStore.getState().setNote(id, noise());
    const { dialog } = await openShare();
    expect(await within(dialog).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /Ссылка слишком длинная для QR-кода \(\d+ символов\)/,
    );
    expect(within(dialog).queryByRole('img')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Скачать файл' })).toBeInTheDocument();
    // The link itself is still there to copy.
    expect(within(dialog).getByRole('textbox', { name: 'Ссылка' })).toBeInTheDocument();
  });
});
