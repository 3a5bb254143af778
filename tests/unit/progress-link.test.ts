import { CompressionStream, DecompressionStream } from 'node:stream/web';
import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import { knownIds } from '../../src/engine/content-ids';
import { parseProgressFile, serializeProgress } from '../../src/store/progress-file';
import {
  BrokenLinkError,
  decodeLink,
  encodeLink,
  LINK_MAX_CHARS,
  LINK_PREFIX,
  linkPayload,
} from '../../src/store/progress-link';
import { emptySaved } from '../../src/store/saved';
import { random } from './random';

/**
 * The link «Передать на другое устройство» makes: the file, deflated, in base64url after
 * `#import=`. Whatever the fragment holds, reading it either gives the file's text or fails
 * with BrokenLinkError; the file's own checks then apply as to any file.
 */

// jsdom has no compression streams; Node's are the same standard ones the browsers have.
Object.assign(globalThis, { CompressionStream, DecompressionStream });

const known = knownIds(itsTermination);
const NOW = Date.UTC(2026, 11, 7, 12);

const fileText = serializeProgress(
  [
    {
      number: 1,
      name: 'ООО «Ромашка»',
      progress: {
        ...emptySaved(),
        ticks: { 'prep-backups': NOW - 1000, 'prep-no-debt': NOW - 2000 },
        notes: { 'prep-backups': 'Копия от 07.12 — «сервер» & <диск>' },
        tickedBy: { 'prep-backups': 'Иванова А. А.' },
      },
      changed: { 'notes:prep-backups': NOW - 500 },
    },
  ],
  new Date(NOW),
  { id: '0123456789abcdef0123456789abcdef', name: 'Иванова А. А.' },
  0,
);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('the link', () => {
  it('round-trips: the link read back is the file, which imports as the same progress', async () => {
    const fragment = await encodeLink(fileText);
    expect(fragment.startsWith(LINK_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^#import=[\w-]+$/);
    // Compressed: one organisation with a note fits a QR code comfortably.
    expect(fragment.length).toBeLessThan(fileText.length);
    const payload = linkPayload(fragment);
    expect(payload).not.toBeNull();
    const text = await decodeLink(payload ?? '');
    expect(text).toBe(fileText);
    expect(parseProgressFile(text, known, NOW)).toMatchObject({
      ok: true,
      device: { name: 'Иванова А. А.' },
      organisations: [
        {
          name: 'ООО «Ромашка»',
          progress: { notes: { 'prep-backups': 'Копия от 07.12 — «сервер» & <диск>' } },
        },
      ],
    });
  });

  it('is no link without its prefix', () => {
    expect(linkPayload('')).toBeNull();
    expect(linkPayload('#main')).toBeNull();
    expect(linkPayload('#import')).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'абв'],
    ['with padding and plus signs', 'ab+/=='],
    ['too long', 'A'.repeat(LINK_MAX_CHARS + 1)],
    ['not deflate', 'SGVsbG8sIHdvcmxkIQ'],
  ])('refuses a fragment that is %s', async (_case, payload) => {
    await expect(decodeLink(payload)).rejects.toBeInstanceOf(BrokenLinkError);
  });

  it('refuses a link that inflates past the largest file (a zip bomb)', async () => {
    const bomb = await encodeLink(' '.repeat(2 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(10_000);
    await expect(decodeLink(linkPayload(bomb) ?? '')).rejects.toBeInstanceOf(BrokenLinkError);
  });

  it('refuses every cut-short link, or reads it as a file the checks refuse', async () => {
    const payload = linkPayload(await encodeLink(fileText)) ?? '';
    for (let length = 0; length < payload.length; length += 7) {
      const cut = payload.slice(0, length);
      const text = await decodeLink(cut).catch((error: unknown) => {
        expect(error).toBeInstanceOf(BrokenLinkError);
        return null;
      });
      if (text !== null) expect(parseProgressFile(text, known, NOW).ok).toBe(false);
    }
  });

  it('never throws anything but BrokenLinkError for random fragments, and never runs them', async () => {
    const next = random(22);
    for (let round = 0; round < 300; round += 1) {
      const length = Math.floor(next() * 200);
      let payload = '';
      for (let index = 0; index < length; index += 1) {
        payload += ALPHABET.charAt(Math.floor(next() * ALPHABET.length));
      }
      const text = await decodeLink(payload).catch((error: unknown) => {
        expect(error).toBeInstanceOf(BrokenLinkError);
        return null;
      });
      if (text !== null) expect(parseProgressFile(text, known, NOW).ok).toBe(false);
    }
  });

  it('reads a link whose bytes were flipped as broken or as a refused file, never as progress', async () => {
    const payload = linkPayload(await encodeLink(fileText)) ?? '';
    const next = random(7);
    for (let round = 0; round < 100; round += 1) {
      const at = Math.floor(next() * payload.length);
      const swapped = ALPHABET[(ALPHABET.indexOf(payload[at] ?? 'A') + 1) % ALPHABET.length];
      const damaged = payload.slice(0, at) + (swapped ?? 'A') + payload.slice(at + 1);
      const text = await decodeLink(damaged).catch(() => null);
      if (text === null || text === fileText) continue;
      // A flip that still inflates gives different text: it parses only if it is still a whole,
      // well-formed file, and then it holds nothing the page does not know.
      const result = parseProgressFile(text, known, NOW);
      if (result.ok) {
        for (const organisation of result.organisations) {
          for (const id of Object.keys(organisation.progress.ticks)) {
            expect(known.items.has(id)).toBe(true);
          }
        }
      }
    }
  });
});
