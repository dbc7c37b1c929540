import { describe, expect, it, vi } from 'vitest';
import { modelSolution } from '../domain/scenario-answers.ts';
import { loadFontsFromDisk } from './fonts-node.ts';
import { renderDebriefPdfBytes } from './render-debrief.ts';
import { renderHandoutPdfBytes } from './render-handout.ts';
import { debriefInputFor, handoutInputFor, shippedScenario } from '../../tests/support/pdf-input.ts';

// In the browser the fonts are fetched from the app's own origin; here they come from disk.
vi.mock('./fonts-browser.ts', () => ({ loadFontsInBrowser: async () => loadFontsFromDisk() }));
const { debriefPdfBlob, handoutPdfBlob } = await import('./export-pdf.ts');

describe('the browser entry points of the trainer PDFs', () => {
  const scenario = shippedScenario('migrant-informant');

  it('handoutPdfBlob gives the handout as an application/pdf blob', async () => {
    const { font, ...input } = handoutInputFor(scenario);
    const blob = await handoutPdfBlob(input);
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(renderHandoutPdfBytes({ ...input, font }));
  });

  it('debriefPdfBlob gives the debrief as an application/pdf blob', async () => {
    const { font, ...input } = debriefInputFor(scenario, modelSolution(scenario), scenario.modelAnswer.findings, 'Trainee 3');
    const blob = await debriefPdfBlob(input);
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(renderDebriefPdfBytes({ ...input, font }));
  });
});
