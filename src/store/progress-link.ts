import { FILE_MAX_BYTES } from './progress-file';
import { LINK_PREFIX } from './storage-key';

export { LINK_PREFIX };

/**
 * A link that carries one organisation's progress to another device: the exported file,
 * compressed (deflate) and written in base64url after `#import=`. The part after `#` never
 * leaves the browser, so the progress reaches no server; it is read as data, never run.
 */

/** A longer fragment is not a link the page made (one organisation compresses to a few KB). */
export const LINK_MAX_CHARS = 64 * 1024;

/** Whether this browser can make and read such links. */
export const linksWork = (): boolean =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

/** Reads a stream to its end, refusing more than `max` bytes. */
async function readAll(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > max) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

const through = (
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
) =>
  new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  }).pipeThrough(transform);

/** The link's fragment for a file's text. */
export async function encodeLink(fileText: string): Promise<string> {
  const bytes = new TextEncoder().encode(fileText);
  const packed = await readAll(
    through(bytes, new CompressionStream('deflate-raw')),
    FILE_MAX_BYTES,
  );
  return LINK_PREFIX + toBase64Url(packed);
}

/** Thrown for a fragment that is not a whole link of the page's. */
export class BrokenLinkError extends Error {
  constructor(cause: unknown) {
    super('broken link', { cause });
    this.name = 'BrokenLinkError';
  }
}

/** The payload of a page address's fragment, or null when it carries no progress. */
export function linkPayload(hash: string): string | null {
  return hash.startsWith(LINK_PREFIX) ? hash.slice(LINK_PREFIX.length) : null;
}

/**
 * A link's payload back to the file's text. Anything that is not base64url of deflated UTF-8
 * no larger than a file may be, throws `BrokenLinkError`.
 */
export async function decodeLink(payload: string): Promise<string> {
  try {
    if (payload.length === 0 || payload.length > LINK_MAX_CHARS) throw new RangeError('length');
    if (!/^[\w-]+$/.test(payload)) throw new SyntaxError('not base64url');
    const bytes = await readAll(
      through(fromBase64Url(payload), new DecompressionStream('deflate-raw')),
      FILE_MAX_BYTES,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new BrokenLinkError(error);
  }
}
