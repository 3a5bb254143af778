import { DEVICE_NAME_MAX_LENGTH, isRecord } from './saved';
import { STORAGE_KEY } from './storage-key';

/** What this device keeps of itself, apart from any organisation. */
export type Device = {
  /** Random, made once: tells a file made here from one made elsewhere. Empty until needed. */
  readonly id: string;
  /** «Кто отмечает»: saved with each tick and note made here ('' when none is given). */
  readonly name: string;
  /** When progress was last copied out of the browser (a file or a link), if ever. */
  readonly copiedAt: number | null;
  /** When the browser was last asked to keep the page's data, if ever. */
  readonly keepAskedAt: number | null;
};

export const DEVICE_KEY = `${STORAGE_KEY}.device`;

export const noDevice: Device = { id: '', name: '', copiedAt: null, keepAskedAt: null };

const time = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;

/** The device as saved (`{"state": …, "version": 1}`), anything odd left out. */
export function parseDevice(raw: string | null): Device {
  if (raw === null) return noDevice;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return noDevice;
  }
  const state = isRecord(parsed) && isRecord(parsed.state) ? parsed.state : {};
  return {
    id: typeof state.id === 'string' && /^[\w-]{1,64}$/.test(state.id) ? state.id : '',
    name: typeof state.name === 'string' ? state.name.slice(0, DEVICE_NAME_MAX_LENGTH) : '',
    copiedAt: time(state.copiedAt),
    keepAskedAt: time(state.keepAskedAt),
  };
}

/** A new device id: 128 random bits, as hex. */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
