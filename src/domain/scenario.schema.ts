import { z } from 'zod';
import { Verdict } from './assessment.schema.ts';
import { CaseFile, Technique } from './case.schema.ts';
import { factCatalogue } from './fact-paths.ts';
import { SCENARIO_BASE_ANSWERS, composeAnswers } from './scenario-answers.ts';

/**
 * A training scenario (trainer mode, issue 6): a fictional case that trainees plan
 * in the wizard, with new facts the trainer releases mid-exercise (injects) and a
 * model answer the debrief compares the trainee's plan with.
 *
 * Three sets of answers, each a partial case-file input merged onto
 * `{ schemaVersion: 1, operation: { codename: "EXERCISE" } }` (objects merge key
 * by key, lists replace: see merge-answers.ts):
 *
 * - the **starting answers**: what the trainee finds in the wizard at the start
 *   (and after a reset): the facts of the briefing and the draft plan they inherit;
 * - the **briefed situation** = starting answers + every inject, in order: the case
 *   as the trainee knows it at the end of the exercise, before planning anything;
 * - the **model solution** = briefed situation + `modelAnswers`: what a good plan
 *   answers. Without `modelAnswers` the model solution is the briefed situation.
 *
 * The model answer **agrees with the rule core** (scenario-agreement.ts checks it,
 * and the scenario tests run it on every shipped scenario) when:
 *
 * 1. every rule id in `modelAnswer.findings` raises a finding on the briefed
 *    situation: these are the problems the trainee must spot;
 * 2. every blocking finding of the briefed situation is in `modelAnswer.findings`:
 *    a model answer may not overlook a reason to stop;
 * 3. evaluating the model solution gives exactly `modelAnswer.verdict`;
 * 4. every measure's fact is "yes" in the model solution and not "yes" in the
 *    briefed situation: it is something the trainee has to plan.
 *
 * Blocking problems that no plan can remove (a transit state that prohibits
 * controlled delivery) stay in the model solution, whose verdict is then
 * "do-not-proceed": the trainee earns them by flagging them (see debrief.ts).
 *
 * An inject carries facts, not choices: the debrief puts its answers back as the
 * scenario states them, and an inject that sets a list (such as
 * `operation.states`) fixes the whole list.
 *
 * The shipped scenarios live in public/scenarios/<id>.scenario.json, listed in
 * public/scenarios/index.json. Read a file with loadScenario (load-scenario.ts).
 */
export const SCENARIO_VERSION = 1;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "sea-crossing"');
const plain = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/**
 * Answers to merge into the case: a partial case-file input. Its shape is checked
 * as a whole, merged onto the answers before it, by the refinement of `Scenario`.
 */
export const AnswersPatch = z.record(z.string(), z.unknown(), {
  error: 'must be an object of case-file answers, e.g. { "people": { "children": { "present": "yes" } } }',
});
export type AnswersPatch = z.infer<typeof AnswersPatch>;

export const Inject = z.strictObject({
  id: kebab,
  title: plain(160),
  /** Shown to the trainee when the trainer releases the inject. */
  text: plain(4_000),
  /** The new facts, merged into the trainee's answers on release. */
  answers: AnswersPatch,
});
export type Inject = z.infer<typeof Inject>;

/** A measure a good plan puts in place: a yes/no question of the case file that must be "yes". */
export const Measure = z.strictObject({
  fact: z.string().refine(isPlannableFact, {
    message: 'must be a yes/no question of the case file, e.g. "intervention.rescueTeam"',
  }),
  label: plain(200),
});
export type Measure = z.infer<typeof Measure>;

export const SourceParagraph = z.strictObject({
  doc: z.string().min(1),
  para: z.number().int().positive(),
});
export type SourceParagraph = z.infer<typeof SourceParagraph>;

export const ModelAnswer = z.strictObject({
  /** The verdict of the model solution. */
  verdict: Verdict,
  /** Rule ids the trainee must identify: each fires on the briefed situation. */
  findings: z.array(kebab).min(1, 'name at least one finding the trainee must identify').max(100),
  /** What the plan must put in place, as case-file questions the model answers "yes". */
  measures: z.array(Measure).max(100).default([]),
  /** The paragraphs the debrief cites. */
  sources: z.array(SourceParagraph).min(1, 'cite at least one paragraph').max(50),
  /** For the trainer: what to draw out in the debrief. */
  notes: plain(20_000),
});
export type ModelAnswer = z.infer<typeof ModelAnswer>;

export const Scenario = z
  .strictObject({
    scenarioVersion: z.literal(SCENARIO_VERSION, { error: `scenarioVersion must be ${SCENARIO_VERSION}` }),
    id: kebab,
    title: plain(160),
    learningObjectives: z.array(plain(500)).min(1, 'give at least one learning objective').max(20),
    /** Plain text shown to trainees; paragraphs are separated by a blank line. Fictional. */
    briefing: plain(20_000),
    /** The techniques the scenario is about. */
    techniques: z.array(Technique).min(1, 'name at least one technique'),
    startingAnswers: AnswersPatch.optional(),
    injects: z.array(Inject).max(20).default([]),
    modelAnswer: ModelAnswer,
    /** The model plan: merged onto the briefed situation to give the model solution. */
    modelAnswers: AnswersPatch.optional(),
  })
  .superRefine((scenario, context) => {
    noDuplicates(scenario.techniques, ['techniques'], context);
    noDuplicates(scenario.injects.map((inject) => inject.id), ['injects'], context);
    noDuplicates(scenario.modelAnswer.findings, ['modelAnswer', 'findings'], context);
    noDuplicates(scenario.modelAnswer.measures.map((measure) => measure.fact), ['modelAnswer', 'measures'], context);
    checkAnswers(scenario, context);
  });
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as written in its file: `injects` and `measures` may be left out. */
export type ScenarioInput = z.input<typeof Scenario>;

/** public/scenarios/index.json: the scenarios shipped with the app. */
export const ScenarioIndex = z.array(
  z.strictObject({ id: kebab, title: plain(160), techniques: z.array(Technique).min(1) }),
);
export type ScenarioIndex = z.infer<typeof ScenarioIndex>;

type Context = z.core.$RefinementCtx;

/** Each set of answers must give a valid case file once merged onto the answers before it. */
function checkAnswers(scenario: ScenarioShape, context: Context): void {
  const starting = composeAnswers(SCENARIO_BASE_ANSWERS, scenario.startingAnswers ?? {});
  if (!fitsCaseFile(starting, ['startingAnswers'], context)) return;
  let briefed = starting;
  let injectsFit = true;
  scenario.injects.forEach((inject, index) => {
    const fits = fitsCaseFile(composeAnswers(starting, inject.answers), ['injects', index, 'answers'], context);
    injectsFit &&= fits;
    briefed = composeAnswers(briefed, inject.answers);
  });
  if (!injectsFit || !fitsCaseFile(briefed, ['injects'], context)) return;
  if (scenario.modelAnswers) fitsCaseFile(composeAnswers(briefed, scenario.modelAnswers), ['modelAnswers'], context);
}

interface ScenarioShape {
  startingAnswers?: AnswersPatch | undefined;
  injects: Inject[];
  modelAnswers?: AnswersPatch | undefined;
}

function fitsCaseFile(answers: unknown, where: (string | number)[], context: Context): boolean {
  const parsed = CaseFile.safeParse(answers);
  if (parsed.success) return true;
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        context.addIssue({
          code: 'custom',
          path: [...where, ...issue.path, key],
          message: 'is not a question of the case file (check the spelling)',
        });
      }
    } else {
      context.addIssue({ code: 'custom', path: [...where, ...issue.path], message: issue.message });
    }
  }
  return false;
}

function noDuplicates(values: readonly string[], where: (string | number)[], context: Context): void {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) {
      context.addIssue({ code: 'custom', path: [...where, index], message: `"${value}" is listed twice` });
    }
  });
}

/** A yes/no/unknown answer the case file asks (not a derived fact). */
function isPlannableFact(path: string): boolean {
  const info = factCatalogue().get(path);
  return (
    info !== undefined &&
    !path.startsWith('derived.') &&
    ['yes', 'no', 'unknown'].every((answer) => info.schema.safeParse(answer).success) &&
    !info.schema.safeParse('something else').success
  );
}
