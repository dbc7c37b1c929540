// Capture a file the app offers for download (the PDF checklist, the case file JSON).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface CapturedDownload {
  /** The name the browser would save the file under. */
  fileName: string;
  /** Where it came from: a `blob:` or `data:` URL for files the app makes itself. */
  url: string;
  bytes: Buffer;
}

/**
 * Runs `trigger` (e.g. `() => page.getByRole('button', { name: 'Download PDF' }).click()`) and
 * returns the file it downloads. Fails if no download starts within `timeoutMs`, or if it fails.
 */
export async function captureDownload(
  page: Page,
  trigger: () => Promise<unknown>,
  timeoutMs = 30_000,
): Promise<CapturedDownload> {
  // Listen before triggering, or a fast download is missed.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: timeoutMs }),
    trigger(),
  ]);
  const failure = await download.failure();
  const fileName = download.suggestedFilename();
  if (failure !== null) throw new Error(`download of ${fileName} failed: ${failure}`);
  return { fileName, url: download.url(), bytes: await readFile(await download.path()) };
}
