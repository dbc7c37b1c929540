import type { Debrief } from '../../domain/debrief.ts';
import type { Scenario } from '../../domain/scenario.schema.ts';
import { downloadBlob } from '../export/download.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The classroom handout: briefing and objectives only. The PDF code loads on demand. */
export async function downloadHandout(scenario: Scenario, now: Date): Promise<string> {
  try {
    const { handoutPdfBlob } = await import('../../pdf/export-pdf.ts');
    downloadBlob(await handoutPdfBlob({ scenario, options: { generatedAt: now } }), `sit-handout-${scenario.id}-${day(now)}.pdf`);
    return 'The handout has been downloaded.';
  } catch (error) {
    return `The handout could not be made: ${(error as Error).message}`;
  }
}

export async function downloadDebrief(debrief: Debrief, scenario: Scenario, now: Date): Promise<string> {
  try {
    const { debriefPdfBlob } = await import('../../pdf/export-pdf.ts');
    downloadBlob(await debriefPdfBlob({ debrief, scenario, options: { generatedAt: now } }), `sit-debrief-${scenario.id}-${day(now)}.pdf`);
    return 'The debrief has been downloaded.';
  } catch (error) {
    return `The debrief could not be made: ${(error as Error).message}`;
  }
}
