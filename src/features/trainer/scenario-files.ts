import { z } from 'zod';
import { loadScenario, type ScenarioLoadResult } from '../../domain/load-scenario.ts';
import { Technique, TECHNIQUE_NAMES } from '../../domain/case.schema.ts';

/** The scenarios shipped with the app, in public/scenarios/, served from this origin. */
const ScenarioIndex = z.array(z.object({ id: z.string(), title: z.string(), techniques: z.array(Technique) }));
/** One scenario in the trainer's list, its techniques also by the names the user reads. */
export type ScenarioSummary = z.infer<typeof ScenarioIndex>[number] & { techniqueNames: string[] };

const base = () => `${import.meta.env.BASE_URL}scenarios/`;

export async function listShippedScenarios(): Promise<ScenarioSummary[]> {
  const response = await fetch(`${base()}index.json`);
  if (!response.ok) throw new Error(`the list of scenarios could not be loaded (${response.status})`);
  return ScenarioIndex.parse(await response.json()).map((scenario) => ({
    ...scenario,
    techniqueNames: scenario.techniques.map((technique) => TECHNIQUE_NAMES[technique]),
  }));
}

export async function loadShippedScenario(id: string): Promise<ScenarioLoadResult> {
  const fileName = `${id}.scenario.json`;
  const response = await fetch(`${base()}${encodeURIComponent(fileName)}`);
  if (!response.ok) return { ok: false, errors: [`${fileName}: could not be loaded (${response.status})`] };
  return readScenarioText(await response.text(), fileName);
}

/** A scenario file from disk or from the app; every problem names the file and the field. */
export async function readScenarioText(text: string, fileName: string): Promise<ScenarioLoadResult> {
  // The rules load when a scenario is opened, not with the list: checking all of them takes a
  // moment the start screen should not wait for.
  const { loadedRules } = await import('../../app/rule-set.ts');
  return loadScenario(text, fileName, loadedRules.ok ? loadedRules.ruleSet : undefined);
}
