/** A Web Storage in memory that can be told to fail the ways real browsers do. */
export class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  /** Make reads throw, as when site data is blocked. */
  failReads = false;
  /** Make writes throw: 'quota' as when storage is full, 'security' as when it is blocked. */
  failWrites: 'quota' | 'security' | null = null;
  writes = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, value);
  }

  get length() {
    return this.data.size;
  }

  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string) {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string) {
    if (this.failWrites === 'quota') {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    if (this.failWrites === 'security') {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    }
    this.writes += 1;
    this.data.set(key, value);
  }

  removeItem(key: string) {
    this.data.delete(key);
  }

  clear() {
    this.data.clear();
  }
}
