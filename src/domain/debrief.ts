import type { Assessment, SourceRef, Verdict } from './assessment.schema.ts';
import type { CaseFile, Technique } from './case.schema.ts';
import { evaluate } from './evaluate.ts';
import { LENSES, LENS_NAMES, lensOf, type Lens } from './lenses.ts';
import { caseForAssessment } from './lenient-case.ts';
import type { RuleSet } from './load-rules.ts';
import { isPlainObject, mergeAnswers, type AnswersObject } from './merge-answers.ts';
import { citedParagraphs, howRuleReadsFact, indexRules, paragraphKey, type FactUse, type IndexedRule } from './rule-index.ts';
import type { Severity } from './rule.schema.ts';
import { readAnswer } from './scenario-agreement.ts';
import { briefedSituation, composeAnswers } from './scenario-answers.ts';
import type { Scenario } from './scenario.schema.ts';
import { citationLabel } from './seed.schema.ts';

/**
 * The debrief (issue 6): the trainee's plan side by side with the model answer.
 *
 * The plan is judged in the situation as briefed. Two kinds of answers are facts
 * of the exercise, not choices: what the starting answers say about the people
 * (`people.*`), and everything an inject releases. They are put back as the
 * scenario states them, whatever the trainee typed (children do not leave the
 * lorry because the trainee answered "no"), and each answer the trainee had
 * contradicted is listed in `factsContradicted` for the trainer to discuss. An
 * inject that sets a list (such as `operation.states`) fixes the whole list, so
 * injects should carry only facts the trainee must not change. The debrief is
 * against the whole scenario: every inject counts as released.
 *
 * A finding of the model answer counts as **identified** when
 * - the trainee **flagged** it: in exercise mode the findings panel is hidden, so
 *   the trainee marks the problems they see from the list `flaggableRules` gives
 *   (rule titles only, without the answers that would raise them); or
 * - the trainee's plan **resolved** it: their final answers neither raise it nor
 *   leave it undecided (an "unknown" that keeps it open is not a resolution).
 *   Planning the missing measure does that; so does a change of plan that takes
 *   the danger away, such as dropping a controlled delivery through a state that
 *   prohibits it (dropping a technique resolves the problems of that technique:
 *   not using it is a fair answer to them; the verdict and the measures show
 *   whether the rest of the plan holds).
 * Otherwise it is **missed**, with the rule's remedy and its sources. A problem no
 * plan can remove (it is still raised by the model solution) can only be flagged.
 *
 * Flagged rules outside the model answer are **extra**: `supported` when they do
 * fire on the briefed situation (a fair point the model answer did not require),
 * not supported when they do not (a false alarm). Findings the trainee's own plan
 * raises that the briefed situation did not (advisory and above) are **introduced**.
 *
 * A measure is **planned** when the trainee's final answer to its question is "yes".
 *
 * Each lens scores the model findings and measures that count towards it (see
 * lenses.ts): achieved = identified + planned, possible = how many there are;
 * `percent` is null for a lens the scenario does not test. Pure and deterministic.
 */
export interface DebriefFinding {
  ruleId: string;
  title: string;
  module: string;
  lens: Lens;
  severity: Severity;
}
export type IdentifiedHow = 'flagged' | 'resolved' | 'flagged-and-resolved';
export interface IdentifiedFinding extends DebriefFinding {
  how: IdentifiedHow;
}
export interface MissedFinding extends DebriefFinding {
  remedy: string;
  sources: SourceRef[];
}
export interface ExtraFinding {
  ruleId: string;
  title: string;
  /** Null when the id is not a rule of the rule set. */
  lens: Lens | null;
  /** Does the rule fire on the briefed situation? */
  supported: boolean;
}
export interface IntroducedFinding extends DebriefFinding {
  remedy: string;
  sources: SourceRef[];
}
export interface DebriefMeasure {
  fact: string;
  label: string;
  lens: Lens;
  /** The rule the measure answers, whose citations are its sources; null if no rule reads the fact. */
  ruleId: string | null;
}
export interface MissingMeasure extends DebriefMeasure {
  sources: SourceRef[];
}
export interface Score {
  achieved: number;
  possible: number;
  /** Rounded to a whole number; null when there is nothing to score. */
  percent: number | null;
}
export interface LensScore extends Score {
  lens: Lens;
  name: string;
}
export interface ContradictedFact {
  fact: string;
  briefed: unknown;
  trainee: unknown;
}

export interface Debrief {
  scenarioId: string;
  scenarioTitle: string;
  verdict: { trainee: Verdict; model: Verdict; match: boolean };
  findings: {
    identified: IdentifiedFinding[];
    missed: MissedFinding[];
    extra: ExtraFinding[];
    introduced: IntroducedFinding[];
  };
  measures: { planned: DebriefMeasure[]; missing: MissingMeasure[] };
  /** One per lens, in the order of LENSES. */
  scores: LensScore[];
  overall: Score;
  factsContradicted: ContradictedFact[];
  /** The paragraphs the model answer cites, with their excerpts. */
  sources: SourceRef[];
  notes: string;
  /** The assessment of the plan as judged (people facts as briefed). */
  traineeAssessment: Assessment;
}

export function debrief(
  scenario: Scenario,
  traineeAnswers: unknown,
  traineeIdentified: readonly string[] | undefined,
  ruleSet: RuleSet,
): Debrief {
  const rules = indexRules(ruleSet);
  const situation = briefedSituation(scenario);
  const briefedFired = new Set(
    evaluate(caseForAssessment(situation).caseFile, ruleSet).findings.map((finding) => finding.ruleId),
  );
  const typed = isPlainObject(traineeAnswers) ? traineeAnswers : {};
  const facts = situationFacts(scenario);
  const judged = caseForAssessment(mergeAnswers(typed, facts)).caseFile;
  const trainee = evaluate(judged, ruleSet);

  const fired = new Set(trainee.findings.map((finding) => finding.ruleId));
  const undecided = new Set(trainee.openQuestions.flatMap((question) => question.neededBy.map((need) => need.ruleId)));
  const flagged = new Set(traineeIdentified ?? []);
  const expected = new Set(scenario.modelAnswer.findings);

  const identified: IdentifiedFinding[] = [];
  const missed: MissedFinding[] = [];
  for (const ruleId of scenario.modelAnswer.findings) {
    const resolved = !fired.has(ruleId) && !undecided.has(ruleId);
    const entry = describe(ruleId, rules);
    if (flagged.has(ruleId) || resolved) {
      identified.push({ ...entry, how: !resolved ? 'flagged' : flagged.has(ruleId) ? 'flagged-and-resolved' : 'resolved' });
    } else {
      const rule = rules.get(ruleId);
      missed.push({ ...entry, remedy: rule?.rule.remedy ?? '', sources: rule?.sources ?? [] });
    }
  }

  const ruleOrder = [...rules.keys()];
  const extra: ExtraFinding[] = [...flagged]
    .filter((ruleId) => !expected.has(ruleId))
    .sort((a, b) => orderOf(ruleOrder, a) - orderOf(ruleOrder, b) || a.localeCompare(b))
    .map((ruleId) => {
      const rule = rules.get(ruleId);
      return {
        ruleId,
        title: rule?.rule.title ?? ruleId,
        lens: rule ? lensOf(rule.module, ruleId) : null,
        supported: briefedFired.has(ruleId),
      };
    });

  const introduced: IntroducedFinding[] = trainee.findings
    .filter((finding) => finding.severity !== 'info' && !briefedFired.has(finding.ruleId) && !expected.has(finding.ruleId))
    .map((finding) => ({
      ...describe(finding.ruleId, rules),
      remedy: finding.remedy,
      sources: finding.sources,
    }));

  const planned: DebriefMeasure[] = [];
  const missing: MissingMeasure[] = [];
  for (const measure of scenario.modelAnswer.measures) {
    const rule = ruleForMeasure(measure.fact, scenario.modelAnswer.findings, rules);
    const entry: DebriefMeasure = {
      fact: measure.fact,
      label: measure.label,
      lens: rule ? lensOf(rule.module, rule.rule.id) : 'migrant-safety',
      ruleId: rule?.rule.id ?? null,
    };
    if (readAnswer(judged, measure.fact) === 'yes') planned.push(entry);
    else missing.push({ ...entry, sources: rule?.sources ?? [] });
  }

  const scores = LENSES.map((lens): LensScore => {
    const count = (items: readonly { lens: Lens }[]) => items.filter((item) => item.lens === lens).length;
    const achieved = count(identified) + count(planned);
    const possible = achieved + count(missed) + count(missing);
    return { lens, name: LENS_NAMES[lens], ...score(achieved, possible) };
  });
  const total = (key: 'achieved' | 'possible') => scores.reduce((sum, lens) => sum + lens[key], 0);

  return {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    verdict: {
      trainee: trainee.verdict.outcome,
      model: scenario.modelAnswer.verdict,
      match: trainee.verdict.outcome === scenario.modelAnswer.verdict,
    },
    findings: { identified, missed, extra, introduced },
    measures: { planned, missing },
    scores,
    overall: score(total('achieved'), total('possible')),
    factsContradicted: contradictions(facts, caseForAssessment(situation).caseFile, caseForAssessment(typed).caseFile),
    sources: modelSources(scenario, ruleSet),
    notes: scenario.modelAnswer.notes,
    traineeAssessment: trainee,
  };
}

/** What a trainee can flag in exercise mode: every rule the chosen techniques bring in, by lens. */
export function flaggableRules(
  ruleSet: RuleSet,
  techniques: readonly Technique[],
): { ruleId: string; title: string; module: string; lens: Lens }[] {
  const entries = [...indexRules(ruleSet).values()]
    .filter(({ rule }) => rule.techniques.some((technique) => technique === 'any' || techniques.includes(technique)))
    .map(({ rule, module }) => ({ ruleId: rule.id, title: rule.title, module, lens: lensOf(module, rule.id) }));
  return LENSES.flatMap((lens) => entries.filter((entry) => entry.lens === lens));
}

function describe(ruleId: string, rules: Map<string, IndexedRule>): DebriefFinding {
  const rule = rules.get(ruleId);
  return {
    ruleId,
    title: rule?.rule.title ?? ruleId,
    module: rule?.module ?? 'unknown',
    lens: rule ? lensOf(rule.module, ruleId) : 'legality',
    severity: rule?.rule.severity ?? 'info',
  };
}

/**
 * The rule a measure answers, whose citations are the measure's sources: a rule that
 * fires for want of it, else one that plans it, else one whose scope reads it;
 * model findings first, then the rest of the rule set in order.
 */
function ruleForMeasure(fact: string, modelFindings: readonly string[], rules: Map<string, IndexedRule>): IndexedRule | undefined {
  const preferred = modelFindings.map((ruleId) => rules.get(ruleId)).filter((rule) => rule !== undefined);
  const candidates = [...preferred, ...rules.values()];
  for (const use of ['when', 'plan', 'scope'] as FactUse[]) {
    const found = candidates.find(({ rule }) => howRuleReadsFact(rule, fact) === use);
    if (found) return found;
  }
  return undefined;
}

function score(achieved: number, possible: number): Score {
  return { achieved, possible, percent: possible === 0 ? null : Math.round((100 * achieved) / possible) };
}

function orderOf(order: readonly string[], ruleId: string): number {
  const index = order.indexOf(ruleId);
  return index === -1 ? order.length : index;
}

/** The answers that are facts of the exercise: the starting answers about the people, then every inject. */
export function situationFacts(scenario: Pick<Scenario, 'startingAnswers' | 'injects'>): AnswersObject {
  const people = scenario.startingAnswers?.people;
  return composeAnswers(isPlainObject(people) ? { people } : {}, ...scenario.injects.map((inject) => inject.answers));
}

/** Each fixed answer that the trainee's answers contradict, as the scenario states it and as the trainee gave it. */
function contradictions(facts: AnswersObject, situation: CaseFile, typed: CaseFile): ContradictedFact[] {
  return leaves(facts, '').flatMap((fact) => {
    const briefed = readAnswer(situation, fact);
    const trainee = readAnswer(typed, fact);
    return JSON.stringify(trainee) === JSON.stringify(briefed) ? [] : [{ fact, briefed, trainee }];
  });
}

/** Dotted paths of the values in a patch; a list counts as one value. */
function leaves(value: AnswersObject, prefix: string): string[] {
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isPlainObject(inner) ? leaves(inner, path) : [path];
  });
}

function modelSources(scenario: Scenario, ruleSet: RuleSet): SourceRef[] {
  const cited = citedParagraphs(ruleSet);
  return scenario.modelAnswer.sources.map(
    (source) =>
      cited.get(paragraphKey(source)) ?? {
        ...source,
        label: citationLabel(ruleSet.papers, source.doc, source.para),
        excerpt: '',
      },
  );
}
