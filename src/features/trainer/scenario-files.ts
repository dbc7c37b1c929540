import { z } from 'zod';
import { loadScenario, type ScenarioLoadResult } from '../../domain/load-scenario.ts';
import { Technique } from '../../domain/case.schema.ts';
import { loadedRules } from '../../app/rule-set.ts';

/** The scenarios shipped with the app, in public/scenarios/, served from this origin. */
const ScenarioIndex = z.array(z.object({ id: z.string(), title: z.string(), techniques: z.array(Technique) }));
export type ScenarioSummary = z.infer<typeof ScenarioIndex>[number];

const base = () => `${import.meta.env.BASE_URL}scenarios/`;

export async function listShippedScenarios(): Promise<ScenarioSummary[]> {
  const response = await fetch(`${base()}index.json`);
  if (!response.ok) throw new Error(`the list of scenarios could not be loaded (${response.status})`);
  return ScenarioIndex.parse(await response.json());
}

export async function loadShippedScenario(id: string): Promise<ScenarioLoadResult> {
  const fileName = `${id}.scenario.json`;
  const response = await fetch(`${base()}${encodeURIComponent(fileName)}`);
  if (!response.ok) return { ok: false, errors: [`${fileName}: could not be loaded (${response.status})`] };
  return readScenarioText(await response.text(), fileName);
}

/** A scenario file from disk or from the app; every problem names the file and the field. */
export function readScenarioText(text: string, fileName: string): ScenarioLoadResult {
  return loadScenario(text, fileName, loadedRules.ok ? loadedRules.ruleSet : undefined);
}
