// The app as it loads, whatever screen the wizard starts on: named, labelled, accessible, and
// entirely served from this machine (README: no network request to any other host).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession, type WatchedPage } from './support/browser.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';

describe('app shell', () => {
  let browser: BrowserSession;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openStartPage(): Promise<WatchedPage> {
    watched = await browser.newPage();
    await watched.page.goto(appUrl(), { waitUntil: 'networkidle' });
    await watched.page.getByRole('heading', { level: 1 }).first().waitFor();
    return watched;
  }
  afterEach(async () => {
    await watched?.page.close();
  });

  it('opens with the product name as title and a main heading, without errors', async () => {
    const { page } = await openStartPage();
    expect(await page.title()).toContain('SIT Risk Wizard');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBeGreaterThanOrEqual(1);
    expect(watched.requests().length).toBeGreaterThan(0);
    expectNoProblems(watched);
  });

  it('has no WCAG 2.1 A/AA violations', async () => {
    const { page } = await openStartPage();
    await expectNoAxeViolations(page);
  });

  it('loads every script, stylesheet, image and font from its own origin', async () => {
    const { page } = await openStartPage();
    const { origin, referenced, loaded } = await page.evaluate(() => {
      const attributes: Array<[string, string]> = [
        ['script[src]', 'src'],
        ['link[href]', 'href'],
        ['img[src]', 'src'],
        ['source[src]', 'src'],
        ['iframe[src]', 'src'],
        ['video[src]', 'src'],
        ['audio[src]', 'src'],
        ['object[data]', 'data'],
      ];
      const fromDom = attributes.flatMap(([selector, attribute]) =>
        [...document.querySelectorAll(selector)].map(
          (element) => new URL(element.getAttribute(attribute) ?? '', document.baseURI).href,
        ),
      );
      // Fonts and images pulled in by CSS never show in the DOM, but they are resource entries.
      const fromNetwork = performance.getEntriesByType('resource').map((entry) => entry.name);
      return { origin: location.origin, referenced: fromDom, loaded: fromNetwork };
    });
    const madeHere = (url: string) => url.startsWith('data:') || url.startsWith('blob:');
    const foreign = [...referenced, ...loaded].filter(
      (url) => !madeHere(url) && new URL(url).origin !== origin,
    );
    expect(referenced.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(watched.externalRequests()).toEqual([]);
  });
});
