import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/its-termination';
import { knownIds } from '../../src/engine/content-ids';
import {
  FILE_FORMAT,
  FILE_MAX_BYTES,
  parseProgressFile,
  progressFileName,
  serializeProgress,
  type KnownIds,
} from '../../src/store/progress-file';
import { STORAGE_VERSION } from '../../src/store/progress-store';

const known: KnownIds = knownIds(itsTermination);

const file = (progress: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: FILE_FORMAT,
    version: STORAGE_VERSION,
    exportedAt: '2026-11-27T16:40:00.000Z',
    progress,
    ...extra,
  });

const good = {
  ticks: { 'prep-backups': 1_764_264_000_000 },
  choices: { methods: 'self' },
  notes: { 'prep-backups': 'Копия от 27.11' },
  letter: { organisation: 'ООО «Ромашка»', inn: '7707083893', disconnectionDate: '2027-01-31' },
  answers: { edition: 'prof', 'services:edo': 'yes' },
};

describe('progress file', () => {
  it('is named by the local date', () => {
    expect(progressFileName(new Date(2026, 0, 5, 23, 59))).toBe('its-progress-2026-01-05.json');
  });

  it('round-trips: what is exported is what is imported', () => {
    const text = serializeProgress(good, new Date('2026-11-27T16:40:00Z'));
    expect(JSON.parse(text)).toEqual({
      format: FILE_FORMAT,
      version: STORAGE_VERSION,
      exportedAt: '2026-11-27T16:40:00.000Z',
      progress: good,
    });
    expect(parseProgressFile(text, known)).toEqual({
      ok: true,
      progress: good,
      exportedAt: new Date('2026-11-27T16:40:00Z'),
    });
  });

  it('migrates a version 1 file, which had no notes', () => {
    const result = parseProgressFile(
      file({ ticks: good.ticks, choices: good.choices }, { version: 1 }),
      known,
    );
    expect(result).toMatchObject({
      ok: true,
      progress: { ...good, notes: {}, letter: {}, answers: {} },
    });
  });

  it('reads a version 2 file, which had no letter, with an empty draft', () => {
    const { letter: _letter, ...withoutLetter } = good;
    const result = parseProgressFile(file(withoutLetter, { version: 2 }), known);
    expect(result).toMatchObject({ ok: true, progress: { ...withoutLetter, letter: {} } });
  });

  it.each([
    ['too-large', `${' '.repeat(FILE_MAX_BYTES)}{}`],
    ['empty', '   '],
    ['not-json', '<html><script>alert(1)</script></html>'],
    ['wrong-format', JSON.stringify({ progress: good, version: 2 })],
    ['wrong-format', file(good, { version: '2' })],
    ['wrong-format', file(good, { version: 0 })],
    ['newer-version', file(good, { version: STORAGE_VERSION + 1 })],
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
    expect(parseProgressFile(text, known)).toEqual({ ok: false, problem });
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
      progress: {
        ticks: { 'situation-edo-documents': 1_764_264_000_000 },
        answers: { tariff: 'techno', 'services:edo': 'yes' },
      },
    });
  });

  it('keeps markup in notes as plain text', () => {
    const note = '<img src=x onerror="alert(1)">';
    const result = parseProgressFile(
      file({ ticks: {}, choices: {}, notes: { 'prep-backups': note } }),
      known,
    );
    expect(result).toMatchObject({ ok: true, progress: { notes: { 'prep-backups': note } } });
  });

  it('accepts a file without an export time', () => {
    expect(parseProgressFile(file(good, { exportedAt: 'когда-то' }), known)).toMatchObject({
      ok: true,
      exportedAt: null,
    });
  });
});
