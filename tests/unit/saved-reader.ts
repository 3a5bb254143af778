import { unpackFacts } from '../../src/store/saved';
import { STORAGE_KEY } from '../../src/store/storage-key';

/**
 * One organisation's save as its facts: `{ state: { ticks, …, changed }, version }`. Saves of
 * version 5 and later are packed by id (see `packFacts`); earlier ones are returned as stored.
 */
export function readSaved(storage: Storage, key = STORAGE_KEY): unknown {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  const saved = JSON.parse(raw) as { state: unknown; version: number };
  return saved.version >= 5 ? { state: unpackFacts(saved.state), version: saved.version } : saved;
}
