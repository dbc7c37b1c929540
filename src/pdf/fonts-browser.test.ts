import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/disk.ts';
import { loadFontsInBrowser } from './fonts-browser.ts';
import { loadFontsFromDisk } from './fonts-node.ts';

describe('loadFontsInBrowser', () => {
  it('fetches the same TTF files the CLI reads from disk, as base64', async () => {
    const requested: string[] = [];
    const fonts = await loadFontsInBrowser(async (url) => {
      requested.push(url);
      return new Response(readFileSync(join(REPO_ROOT, url.replace(/^\/@fs/, '').replace(/^\//, '').replace(/\?.*$/, ''))));
    });
    expect(requested.every((url) => url.includes('dejavu-fonts-ttf/ttf/DejaVuSansCondensed'))).toBe(true);
    expect(fonts).toEqual(loadFontsFromDisk());
  });

  it('says which font failed when it cannot be fetched', async () => {
    await expect(loadFontsInBrowser(async () => new Response('', { status: 404 }))).rejects.toThrow(/PDF font could not be loaded \(404/);
  });
});
