import { describe, expect, it } from 'vitest';
import { planImport, type LocalOrganisation } from '../../src/store/import-plan';
import type { FileOrganisation } from '../../src/store/progress-file';
import { emptySaved } from '../../src/store/saved';

const incoming = (number: number, name?: string, fromLetter?: string): FileOrganisation => ({
  number,
  ...(name ? { name } : {}),
  progress: { ...emptySaved(), letter: fromLetter ? { organisation: fromLetter } : {} },
});
const nameOf = (organisation: FileOrganisation) => {
  const own = organisation.name ?? organisation.progress.letter.organisation;
  return { name: own ?? `Организация ${String(organisation.number)}`, named: own !== undefined };
};
const local = (id: string, name: string, empty = false): LocalOrganisation => ({
  id,
  name,
  named: !name.startsWith('Организация '),
  empty,
});
const targets = (plan: ReturnType<typeof planImport>) =>
  plan.map((step) => step.target?.id ?? null);

describe('where imported organisations go', () => {
  it('replaces the organisation of the same name, whatever its case and spaces', () => {
    const plan = planImport(
      [incoming(1, undefined, 'ООО «Ромашка»'), incoming(2, ' ооо «лютик» ')],
      {
        local: [local('1', 'ООО «Лютик»'), local('4', 'ООО «Ромашка»')],
        open: '1',
        single: false,
        nameOf,
      },
    );
    expect(targets(plan)).toEqual(['4', '1']);
  });

  it('adds organisations this device does not have', () => {
    const plan = planImport([incoming(2, 'ООО «Василёк»')], {
      local: [local('1', 'ООО «Лютик»')],
      open: '1',
      single: false,
      nameOf,
    });
    expect(targets(plan)).toEqual([null]);
    expect(plan[0]?.name).toBe('ООО «Василёк»');
  });

  it('on a fresh device, fills the empty organisation first, then adds', () => {
    const plan = planImport([incoming(1, 'ООО «Ромашка»'), incoming(2, 'ООО «Лютик»')], {
      local: [local('1', 'Организация 1', true)],
      open: '1',
      single: false,
      nameOf,
    });
    expect(targets(plan)).toEqual(['1', null]);
  });

  it('a file from before organisations replaces the open organisation, as it always did', () => {
    const plan = planImport([incoming(1, undefined, 'ООО «Лютик»')], {
      local: [local('1', 'ООО «Лютик»'), local('2', 'ООО «Ромашка»')],
      open: '2',
      single: true,
      nameOf,
    });
    expect(targets(plan)).toEqual(['2']);
  });

  it('takes no "Организация N" of another device for this one\'s', () => {
    const plan = planImport([incoming(2), incoming(3)], {
      local: [
        local('1', 'ООО «Лютик»'),
        local('2', 'Организация 2'),
        local('3', 'Организация 3', true),
      ],
      open: '1',
      single: false,
      nameOf,
    });
    // Organisation 3 here is empty: it is filled; organisation 2 here has progress: kept.
    expect(targets(plan)).toEqual(['3', null]);
  });

  it('replaces each local organisation once at most', () => {
    const plan = planImport([incoming(1, 'ООО «Лютик»'), incoming(2, 'ООО «Лютик»')], {
      local: [local('1', 'ООО «Лютик»')],
      open: '1',
      single: false,
      nameOf,
    });
    expect(targets(plan)).toEqual(['1', null]);
  });

  it("takes no «Организация N» of another device for this one's", () => {
    const plan = planImport([incoming(2), incoming(3)], {
      local: [
        local('1', 'ООО «Лютик»'),
        local('2', 'Организация 2'),
        local('3', 'Организация 3', true),
      ],
      open: '1',
      single: false,
      nameOf,
    });
    // Organisation 3 here is empty, so it is filled; organisation 2 here has progress: kept.
    expect(targets(plan)).toEqual(['3', null]);
  });
});
