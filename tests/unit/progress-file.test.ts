import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import { knownIds } from '../../src/engine/content-ids';
import {
  FILE_FORMAT,
  FILE_MAX_BYTES,
  FILE_VERSION,
  parseProgressFile,
  progressFileName,
  serializeProgress,
  type FileOrganisation,
  type KnownIds,
} from '../../src/store/progress-file';
import { emptySaved } from '../../src/store/saved';
import { random } from './random';

const known: KnownIds = knownIds(itsTermination);

/** A file holding one procedure: under `progress` before version 5, as one organisation after. */
const file = (progress: unknown, extra: Record<string, unknown> = {}) => {
  const version = extra.version ?? FILE_VERSION;
  const body =
    typeof version === 'number' && version < 5
      ? { progress }
      : { organisations: [{ number: 1, progress }] };
  return JSON.stringify({
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: '2026-11-27T16:40:00.000Z',
    ...body,
    ...extra,
  });
};

const good = {
  ticks: { 'prep-backups': 1_764_264_000_000 },
  choices: { methods: 'self' },
  notes: { 'prep-backups': 'Копия от 27.11' },
  letter: { organisation: 'ООО «Ромашка»', inn: '7707083893', disconnectionDate: '2027-01-31' },
  answers: { edition: 'prof', 'services:edo': 'yes' },
  tickedBy: { 'prep-backups': 'Иванова А. А.' },
  notedBy: {},
};
/** The time the tests read files at: after every time in them. */
const NOW = Date.UTC(2026, 11, 7, 12);

/** A version 6 file whose one organisation carries these change times. */
function withChanged(changed: unknown): string {
  return JSON.stringify({
    format: FILE_FORMAT,
    version: FILE_VERSION,
    organisations: [{ number: 1, progress: good, changed }],
  });
}

describe('progress file', () => {
  it('is named by the local date', () => {
    expect(progressFileName(new Date(2026, 0, 5, 23, 59))).toBe('its-progress-2026-01-05.json');
  });

  it('is named for all organisations when it holds them all', () => {
    expect(progressFileName(new Date(2026, 0, 5), true)).toBe('its-progress-all-2026-01-05.json');
  });

  it('round-trips: what is exported is what is imported, organisation by organisation', () => {
    const organisations: FileOrganisation[] = [
      {
        number: 1,
        progress: good,
        changed: {
          'notes:prep-backups': 1_764_264_100_000,
          'ticks:prep-no-debt': 1_764_264_200_000,
        },
      },
      { number: 3, name: 'ООО «Лютик»', progress: { ...good, notes: {} }, changed: {} },
    ];
    const device = { id: '0123456789abcdef', name: 'Иванова А. А.' };
    const text = serializeProgress(organisations, new Date('2026-11-27T16:40:00Z'), device);
    expect(JSON.parse(text)).toEqual({
      format: FILE_FORMAT,
      version: FILE_VERSION,
      exportedAt: '2026-11-27T16:40:00.000Z',
      device,
      organisations,
    });
    expect(parseProgressFile(text, known, NOW)).toEqual({
      ok: true,
      organisations,
      single: false,
      exportedAt: new Date('2026-11-27T16:40:00Z'),
      device,
      clamped: false,
    });
  });

  it('reads a version 4 file (one procedure, before organisations) as one organisation', () => {
    const { tickedBy: _by, notedBy: _noted, ...older } = good;
    expect(parseProgressFile(file(older, { version: 4 }), known, NOW)).toEqual({
      ok: true,
      organisations: [{ number: 1, progress: { ...older, tickedBy: {}, notedBy: {} } }],
      single: true,
      exportedAt: new Date('2026-11-27T16:40:00Z'),
      device: null,
      clamped: false,
    });
  });

  it('reads a version 5 file without change times: it replaces, as it always did', () => {
    const { tickedBy: _by, notedBy: _noted, ...older } = good;
    const result = parseProgressFile(file(older, { version: 5 }), known, NOW);
    expect(result).toMatchObject({ ok: true, single: false, device: null });
    expect(result.ok && result.organisations[0]).toEqual({
      number: 1,
      progress: { ...older, tickedBy: {}, notedBy: {} },
    });
  });

  it('reads a version 6 file with no change times as one that merges', () => {
    const result = parseProgressFile(file(good), known, NOW);
    expect(result.ok && result.organisations[0]?.changed).toEqual({});
  });

  it('takes a time later than now (and a little skew) as now, and says so', () => {
    const later = NOW + 24 * 60 * 60 * 1000;
    const skewed = NOW + 60 * 1000;
    const text = file({ ...good, ticks: { 'prep-backups': later, 'prep-no-debt': skewed } });
    const parsed = JSON.parse(text) as { organisations: { changed?: unknown }[] };
    const [organisation] = parsed.organisations;
    if (organisation) organisation.changed = { 'notes:prep-backups': later };
    const result = parseProgressFile(JSON.stringify(parsed), known, NOW);
    expect(result).toMatchObject({
      ok: true,
      clamped: true,
      organisations: [
        {
          progress: { ticks: { 'prep-backups': NOW, 'prep-no-debt': skewed } },
          changed: { 'notes:prep-backups': NOW },
        },
      ],
    });
  });

  it.each([
    ['no organisations', { organisations: [] }],
    ['organisations not a list', { organisations: { 1: good } }],
    ['a number that is not one', { organisations: [{ number: 0, progress: good }] }],
    ['a name that is not text', { organisations: [{ number: 1, name: 7, progress: good }] }],
    ['a name too long', { organisations: [{ number: 1, name: 'я'.repeat(121), progress: good }] }],
    ['an organisation without progress', { organisations: [{ number: 1 }] }],
  ])('refuses a file of organisations with %s', (_case, body) => {
    const text = JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, ...body });
    expect(parseProgressFile(text, known)).toEqual({ ok: false, problem: 'bad-shape' });
  });

  it('refuses the whole file when one organisation in it is wrong', () => {
    const text = JSON.stringify({
      format: FILE_FORMAT,
      version: FILE_VERSION,
      organisations: [
        { number: 1, progress: good },
        { number: 2, progress: { ticks: { 'format-c': 1 }, choices: {} } },
      ],
    });
    expect(parseProgressFile(text, known)).toEqual({ ok: false, problem: 'unknown-ids' });
  });

  it('migrates a version 1 file, which had no notes', () => {
    const result = parseProgressFile(
      file({ ticks: good.ticks, choices: good.choices }, { version: 1 }),
      known,
    );
    expect(result).toMatchObject({
      ok: true,
      organisations: [{ progress: { ...emptySaved(), ticks: good.ticks, choices: good.choices } }],
    });
  });

  it('reads a version 2 file, which had no letter, with an empty draft', () => {
    const { letter: _letter, tickedBy: _by, ...withoutLetter } = good;
    const result = parseProgressFile(file(withoutLetter, { version: 2 }), known);
    expect(result).toMatchObject({
      ok: true,
      organisations: [{ progress: { ...withoutLetter, letter: {}, tickedBy: {} } }],
    });
  });

  it.each([
    ['too-large', `${' '.repeat(FILE_MAX_BYTES)}{}`],
    ['empty', '   '],
    ['not-json', '<html><script>alert(1)</script></html>'],
    ['wrong-format', JSON.stringify({ progress: good, version: 2 })],
    ['wrong-format', file(good, { version: '2' })],
    ['wrong-format', file(good, { version: 0 })],
    ['newer-version', file(good, { version: FILE_VERSION + 1 })],
    ['bad-shape', file({ ticks: {}, choices: {}, tickedBy: { 'prep-backups': 7 } })],
    ['bad-shape', file({ ticks: {}, choices: {}, notedBy: { 'prep-backups': 'я'.repeat(81) } })],
    ['unknown-ids', file({ ticks: {}, choices: {}, tickedBy: { 'format-c': 'Иванова' } })],
    ['bad-shape', file(good, { device: { id: 'не id' } })],
    ['bad-shape', file(good, { device: { id: 'abc', name: 42 } })],
    ['bad-shape', file(good, { device: 'laptop' })],
    ['bad-shape', withChanged({ 'prep-backups': 1 })],
    ['bad-shape', withChanged({ 'colour:prep-backups': 1 })],
    ['unknown-ids', withChanged({ 'ticks:format-c': 1 })],
    ['unknown-ids', withChanged({ 'letter:password': 1 })],
    ['unknown-ids', withChanged({ 'choices:colour': 1 })],
    ['bad-shape', withChanged({ 'ticks:prep-backups': 'вчера' })],
    ['bad-shape', withChanged({ 'ticks:prep-backups': -5 })],
    ['bad-shape', withChanged([1, 2])],
    ['bad-shape', file({ ticks: [], choices: {} })],
    ['bad-shape', file({ ticks: { 'prep-backups': 'вчера' }, choices: {} })],
    ['bad-shape', file({ ticks: {}, choices: {}, notes: { 'prep-backups': 42 } })],
    ['bad-shape', file({ ticks: {}, choices: { methods: 1 } })],
    ['unknown-ids', file({ ticks: { 'format-c': 1 }, choices: {} })],
    ['unknown-ids', file({ ticks: {}, choices: { methods: 'fax' } })],
    ['unknown-ids', file({ ticks: {}, choices: { colour: 'red' } })],
    ['unknown-ids', file({ ticks: {}, choices: {}, notes: { __proto__x: 'x' } })],
    ['bad-shape', file({ ticks: {}, choices: {}, letter: 'ООО' })],
    ['bad-shape', file({ ticks: {}, choices: {}, letter: { inn: 7707083893 } })],
    ['bad-shape', file({ ticks: {}, choices: {}, letter: { password: 'x' } })],
    ['bad-shape', file({ ticks: {}, choices: {}, letter: { organisation: 'я'.repeat(501) } })],
    ['note-too-long', file({ ticks: {}, choices: {}, notes: { 'prep-backups': 'я'.repeat(501) } })],
    ['bad-shape', file({ ticks: {}, choices: {}, answers: ['prof'] })],
    ['bad-shape', file({ ticks: {}, choices: {}, answers: { edition: 2 } })],
    ['unknown-ids', file({ ticks: {}, choices: {}, answers: { edition: 'ultimate' } })],
    ['unknown-ids', file({ ticks: {}, choices: {}, answers: { colour: 'red' } })],
    ['unknown-ids', file({ ticks: {}, choices: {}, answers: { 'services:edo': 'maybe' } })],
  ])('refuses a bad file: %s', (problem, text) => {
    expect(parseProgressFile(text, known, NOW)).toEqual({ ok: false, problem });
  });

  it('takes the ticks of added steps and the answers that add them', () => {
    const result = parseProgressFile(
      file({
        ticks: { 'situation-edo-documents': 1_764_264_000_000 },
        choices: {},
        answers: { tariff: 'techno', 'services:edo': 'yes' },
      }),
      known,
    );
    expect(result).toMatchObject({
      ok: true,
      organisations: [
        {
          progress: {
            ticks: { 'situation-edo-documents': 1_764_264_000_000 },
            answers: { tariff: 'techno', 'services:edo': 'yes' },
          },
        },
      ],
    });
  });

  it('keeps markup in notes as plain text', () => {
    const note = '<img src=x onerror="alert(1)">';
    const result = parseProgressFile(
      file({ ticks: {}, choices: {}, notes: { 'prep-backups': note } }),
      known,
    );
    expect(result).toMatchObject({
      ok: true,
      organisations: [{ progress: { notes: { 'prep-backups': note } } }],
    });
  });

  it('accepts a file without an export time', () => {
    expect(parseProgressFile(file(good, { exportedAt: 'когда-то' }), known)).toMatchObject({
      ok: true,
      exportedAt: null,
    });
  });
});

describe('the file reader against bad input', () => {
  const whole = serializeProgress(
    [{ number: 1, progress: good, changed: { 'notes:prep-backups': NOW - 1 } }],
    new Date(NOW),
    { id: 'abc123' },
  );

  it('refuses every cut-short file with a reason, never throwing', () => {
    for (let length = 0; length < whole.length; length += 3) {
      const result = parseProgressFile(whole.slice(0, length), known, NOW);
      expect(result.ok).toBe(false);
    }
    expect(parseProgressFile(whole, known, NOW).ok).toBe(true);
  });

  it('answers random values put anywhere in a file with a reason or clean progress', () => {
    const next = random(5);
    const values: unknown[] = [
      null,
      -1,
      0,
      Number.MAX_VALUE,
      '',
      'x'.repeat(600),
      [],
      {},
      { __proto__: { polluted: true } },
      'constructor',
      true,
    ];
    const paths = [
      ['version'],
      ['device'],
      ['device', 'id'],
      ['device', 'name'],
      ['organisations'],
      ['organisations', 0],
      ['organisations', 0, 'number'],
      ['organisations', 0, 'name'],
      ['organisations', 0, 'changed'],
      ['organisations', 0, 'changed', 'ticks:prep-backups'],
      ['organisations', 0, 'progress', 'ticks'],
      ['organisations', 0, 'progress', 'ticks', 'prep-backups'],
      ['organisations', 0, 'progress', 'tickedBy'],
      ['organisations', 0, 'progress', 'tickedBy', 'prep-backups'],
      ['organisations', 0, 'progress', 'notes', 'prep-backups'],
      ['organisations', 0, 'progress', 'letter', 'inn'],
      ['organisations', 0, 'progress', 'answers', 'edition'],
    ];
    for (let round = 0; round < 400; round += 1) {
      const file = JSON.parse(whole) as Record<string | number, unknown>;
      const path = paths[Math.floor(next() * paths.length)] ?? ['version'];
      const value = values[Math.floor(next() * values.length)];
      let at: Record<string | number, unknown> = file;
      for (const key of path.slice(0, -1)) {
        const inner = at[key];
        if (typeof inner !== 'object' || inner === null) break;
        at = inner as Record<string | number, unknown>;
      }
      at[path[path.length - 1] ?? 'version'] = value;
      const result = parseProgressFile(JSON.stringify(file), known, NOW);
      if (!result.ok) continue;
      // What is taken is well formed: known ids, times, short texts; nothing reaches a prototype.
      for (const organisation of result.organisations) {
        for (const [id, time] of Object.entries(organisation.progress.ticks)) {
          expect(known.items.has(id)).toBe(true);
          expect(time).toBeGreaterThan(0);
          expect(time).toBeLessThanOrEqual(NOW + 10 * 60 * 1000);
        }
        for (const name of Object.values(organisation.progress.tickedBy)) {
          expect(typeof name).toBe('string');
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
