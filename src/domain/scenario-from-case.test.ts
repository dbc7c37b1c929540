import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../cli/read-case.ts';
import { REPO_ROOT } from '../cli/disk.ts';
import { realRules } from '../../tests/support/assess.ts';
import { loadScenario } from './load-scenario.ts';
import { checkModelAnswer } from './scenario-agreement.ts';
import { scenarioFromCase } from './scenario-from-case.ts';

const fixtures = join(REPO_ROOT, 'tests', 'fixtures');

describe('turning a completed assessment into a scenario', () => {
  for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.case.json'))) {
    it(`${file}: gives a valid scenario whose model answer agrees with the rules`, () => {
      const read = readCaseFile(join(fixtures, file));
      if (!read.ok) throw new Error(read.errors.join('\n'));
      const made = scenarioFromCase(read.caseFile, realRules(), 'made-from-case');
      if (!made.ok) {
        expect(made.error).toContain('nothing for a trainee to spot');
        return;
      }
      const reloaded = loadScenario(JSON.stringify(made.scenario), 'made.scenario.json', realRules());
      expect(reloaded.ok ? [] : reloaded.errors).toEqual([]);
      expect(checkModelAnswer(made.scenario, realRules())).toEqual([]);
      expect(made.scenario.modelAnswer.findings.length).toBeGreaterThan(0);
      expect(made.scenario.startingAnswers?.intervention).toEqual({ abortTriggers: [] });
      expect(made.scenario.modelAnswers?.intervention).toEqual(read.caseFile.intervention);
    });
  }
});
