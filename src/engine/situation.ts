/**
 * The situation check: which added steps and notes the answers bring, and the procedure with
 * those steps in it. Pure functions over content and the saved answers.
 */
import type {
  AddedStep,
  Answer,
  ListSection,
  Procedure,
  Situation,
  SituationQuestion,
  Source,
} from '../content/types';

/** Saved answers: a one-answer question's id → option id; `question:option` → "yes" for the others. */
export type Answers = Readonly<Record<string, string>>;

export const YES = 'yes';

/** The saved key of one answer to a question that takes several. */
export const answerKey = (question: string, option: string) => `${question}:${option}`;

export function isChosen(answers: Answers, question: SituationQuestion, option: string): boolean {
  return question.multiple
    ? answers[answerKey(question.id, option)] === YES
    : answers[question.id] === option;
}

const holds = (situation: Situation, answers: Answers, answer: Answer) => {
  const question = situation.questions.find((q) => q.id === answer.question);
  return question !== undefined && isChosen(answers, question, answer.option);
};

/** Whether any question has an answer the content knows. */
export function isAnswered(situation: Situation, answers: Answers): boolean {
  return situation.questions.some((question) =>
    question.options.some((option) => isChosen(answers, question, option.id)),
  );
}

/** Applies when one of its answers is given; with none listed, once anything is answered. */
const applies = (situation: Situation, answers: Answers, when: readonly Answer[]): boolean =>
  when.length === 0
    ? isAnswered(situation, answers)
    : when.some((answer) => holds(situation, answers, answer));

/** The added steps the answers bring, in the content's order. */
export function addedSteps(situation: Situation, answers: Answers): readonly AddedStep[] {
  return situation.steps.filter((step) => applies(situation, answers, step.when));
}

/** The notes the answers bring: what an answer means for the company. */
export function situationNotes(situation: Situation, answers: Answers) {
  return situation.notes.filter((note) => applies(situation, answers, note.when));
}

/** The chosen options' labels, question by question (questions without an answer left out). */
export function chosenLabels(
  situation: Situation,
  answers: Answers,
): readonly { readonly question: SituationQuestion; readonly labels: readonly string[] }[] {
  return situation.questions.flatMap((question) => {
    const labels = question.options
      .filter((option) => isChosen(answers, question, option.id))
      .map((option) => option.label);
    return labels.length > 0 ? [{ question, labels }] : [];
  });
}

/** What the letter can take from the answers: the tariff, and the services the company uses. */
export function letterSituation(
  situation: Situation | undefined,
  answers: Answers,
): { tariff: string; services: { id: string; label: string }[] } {
  const result = { tariff: '', services: [] as { id: string; label: string }[] };
  for (const question of situation?.questions ?? []) {
    if (!question.inLetter) continue;
    const chosen = question.options.filter(
      (option) => !option.uncertain && isChosen(answers, question, option.id),
    );
    if (question.inLetter === 'tariff') {
      result.tariff = chosen.map((option) => option.label).join(', ');
    } else {
      result.services.push(...chosen.map(({ id, label }) => ({ id, label })));
    }
  }
  return result;
}

const sections = new WeakMap<Situation, WeakMap<Answers, ListSection | null>>();

/**
 * The added steps as a section of the procedure, or null when the answers add none. The same
 * answers object gives the same section object, so what is derived from it is computed once.
 */
export function addedSection(situation: Situation, answers: Answers): ListSection | null {
  let cache = sections.get(situation);
  if (!cache) {
    cache = new WeakMap();
    sections.set(situation, cache);
  }
  const cached = cache.get(answers);
  if (cached !== undefined) return cached;
  const steps = addedSteps(situation, answers);
  const section: ListSection | null =
    steps.length === 0
      ? null
      : {
          kind: 'list',
          id: situation.section.id,
          title: situation.section.title,
          ordered: false,
          added: true,
          items: steps,
        };
  cache.set(answers, section);
  return section;
}

/** Every source the situation content cites, each once, in order of first use. */
/**
 * Every source the page relies on beyond the article, each once: the situation check's, the
 * cautions under the article's steps, and those of the letter's wording and the timeline.
 */
export function procedureSources(procedure: Procedure): readonly Source[] {
  const cautions = procedure.sections.flatMap((section) =>
    (section.kind === 'list'
      ? section.items
      : section.options.flatMap((option) => option.items)
    ).flatMap((item) => item.caution?.sources ?? []),
  );
  const seen = new Map<string, Source>();
  for (const source of [
    ...(procedure.situation ? situationSources(procedure.situation) : []),
    ...cautions,
    ...(procedure.documentSources ?? []),
  ]) {
    if (!seen.has(source.url)) seen.set(source.url, source);
  }
  return [...seen.values()];
}

export function situationSources(situation: Situation): readonly Source[] {
  const seen = new Map<string, Source>();
  for (const { sources } of [...situation.steps.map((s) => s.guidance), ...situation.notes]) {
    for (const source of sources) if (!seen.has(source.url)) seen.set(source.url, source);
  }
  return [...seen.values()];
}

/** The saved answer keys the content knows, with the values each may take. */
export function answerKeys(situation: Situation): ReadonlyMap<string, ReadonlySet<string>> {
  const keys = new Map<string, ReadonlySet<string>>();
  for (const question of situation.questions) {
    if (question.multiple) {
      for (const option of question.options) {
        keys.set(answerKey(question.id, option.id), new Set([YES]));
      }
    } else {
      keys.set(question.id, new Set(question.options.map((option) => option.id)));
    }
  }
  return keys;
}

/**
 * Problems that would make the situation content ambiguous: duplicate ids, answers that name
 * no question or option, steps without a source.
 */
export function validateSituation(situation: Situation, procedure: Procedure): string[] {
  const problems: string[] = [];
  const taken = new Set(procedure.sections.map((section) => section.id));
  for (const section of procedure.sections) {
    const items = section.kind === 'list' ? section.items : section.options.flatMap((o) => o.items);
    for (const item of items) taken.add(item.id);
  }
  const claim = (id: string) => {
    if (taken.has(id)) problems.push(`duplicate id "${id}"`);
    taken.add(id);
  };
  claim(situation.section.id);
  const questionIds = new Set<string>();
  for (const question of situation.questions) {
    if (questionIds.has(question.id)) problems.push(`duplicate question "${question.id}"`);
    questionIds.add(question.id);
  }
  const check = (what: string, when: readonly Answer[]) => {
    for (const answer of when) {
      const question = situation.questions.find((q) => q.id === answer.question);
      if (!question?.options.some((option) => option.id === answer.option)) {
        problems.push(`${what} is added by an unknown answer ${answer.question}=${answer.option}`);
      }
    }
  };
  for (const step of situation.steps) {
    claim(step.id);
    check(`step "${step.id}"`, step.when);
    if (step.guidance.sources.length === 0) problems.push(`step "${step.id}" has no source`);
  }
  situation.notes.forEach((note, index) => {
    check(`note ${String(index + 1)}`, note.when);
    if (note.sources.length === 0) problems.push(`note ${String(index + 1)} has no source`);
  });
  return problems;
}
