import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/cli/disk.ts';
import { loadScenario } from '../../src/domain/load-scenario.ts';
import type { Scenario } from '../../src/domain/scenario.schema.ts';
import { realRules } from './assess.ts';

/** Where the app serves its scenarios from: public/scenarios/<id>.scenario.json and index.json. */
export const SCENARIO_FOLDER = join(REPO_ROOT, 'public', 'scenarios');

export interface ScenarioFile {
  /** e.g. "public/scenarios/night-launch-sea-crossing.scenario.json" */
  name: string;
  text: string;
}

export function readScenarioFiles(): ScenarioFile[] {
  return readdirSync(SCENARIO_FOLDER)
    .filter((file) => file.endsWith('.scenario.json'))
    .sort()
    .map((file) => ({ name: `public/scenarios/${file}`, text: readFileSync(join(SCENARIO_FOLDER, file), 'utf8') }));
}

let shipped: Scenario[] | undefined;
/**
 * The shipped scenarios that load and pass the reference checks against the real
 * rule set. A file that does not load is left out here; its own test names the problem.
 */
export function shippedScenarios(): Scenario[] {
  shipped ??= readScenarioFiles().flatMap((file) => {
    const result = loadScenario(file.text, file.name, realRules());
    return result.ok ? [result.scenario] : [];
  });
  return shipped;
}
