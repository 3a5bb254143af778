import type { Procedure } from '../content/types';
import { answerKeys } from './situation';

/** Every item id the content knows, choices' options included. */
export function itemIds(procedure: Procedure): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const section of procedure.sections) {
    const items = section.kind === 'list' ? section.items : section.options.flatMap((o) => o.items);
    for (const item of items) ids.add(item.id);
  }
  return ids;
}

/** Choice section id → the ids of its options. */
export function choiceOptionIds(procedure: Procedure): ReadonlyMap<string, ReadonlySet<string>> {
  const choices = new Map<string, ReadonlySet<string>>();
  for (const section of procedure.sections) {
    if (section.kind === 'choice') {
      choices.set(section.id, new Set(section.options.map((option) => option.id)));
    }
  }
  return choices;
}

/**
 * Problems that would make a procedure ambiguous to save or to gate:
 * duplicate ids, gates that point nowhere, forward or at a choice, empty sections.
 */
export function validateProcedure(procedure: Procedure): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const claim = (id: string, what: string) => {
    if (seen.has(id)) problems.push(`duplicate id "${id}" (${what})`);
    seen.add(id);
  };
  procedure.sections.forEach((section, index) => {
    claim(section.id, 'section');
    if (section.kind === 'list') {
      if (section.items.length === 0) problems.push(`section "${section.id}" has no items`);
      section.items.forEach((item) => claim(item.id, 'item'));
    } else {
      if (section.options.length < 2) problems.push(`choice "${section.id}" needs two options`);
      for (const option of section.options) {
        claim(option.id, 'option');
        if (option.items.length === 0) problems.push(`option "${option.id}" has no items`);
        option.items.forEach((item) => claim(item.id, 'item'));
      }
    }
    if (section.gate) {
      const target = procedure.sections.findIndex((s) => s.id === section.gate?.requires);
      if (target === -1) problems.push(`gate of "${section.id}" requires an unknown section`);
      else if (target >= index)
        problems.push(`gate of "${section.id}" must require an earlier section`);
      else if (procedure.sections[target]?.kind !== 'list')
        problems.push(`gate of "${section.id}" must require a list section`);
    }
  });
  return problems;
}

/** What saved progress or an imported file may refer to: items, choices and answers. */
export function knownIds(procedure: Procedure) {
  const situation = procedure.situation;
  const items = new Set(itemIds(procedure));
  for (const step of situation?.steps ?? []) items.add(step.id);
  return {
    items: items as ReadonlySet<string>,
    choices: choiceOptionIds(procedure),
    answers: situation ? answerKeys(situation) : new Map<string, ReadonlySet<string>>(),
  };
}
