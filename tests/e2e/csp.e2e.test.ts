// Issue 8: "A Content-Security-Policy that forbids any external origin." The page carries the
// policy, the browser enforces it (a script or image from another host is refused before any
// request is made), and the app itself never trips it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { expectNoProblems } from './support/expect-page.ts';
import { continueTo, expectStep, fill, stateCard } from './support/wizard.ts';

/** `"default-src 'self'; img-src 'self' data:"` → `{ 'default-src': ["'self'"], 'img-src': [...] }`. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** A source that lets in another origin: a host, a scheme like https:, or a wildcard. */
const OPENS_TO_OTHER_ORIGINS = /^(\*|https?:|wss?:|ftp:|[a-z0-9.-]+\.[a-z]{2,}|.*:\/\/)/i;

function expectOnlyThisOrigin(policy: string): void {
  const parsed = directives(policy);
  for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src']) {
    expect(parsed[name], `${name} in ${policy}`).toBeDefined();
    expect(parsed[name]).toContain("'self'");
  }
  expect(parsed['script-src']).toEqual(["'self'"]);
  expect(parsed['object-src']).toEqual(["'none'"]);
  expect(parsed['base-uri']).toEqual(["'none'"]);
  for (const [name, sources] of Object.entries(parsed)) {
    expect(sources.filter((source) => OPENS_TO_OTHER_ORIGINS.test(source)), `${name} admits another origin`).toEqual([]);
    expect(sources, `${name} allows inline code`).not.toContain("'unsafe-inline'");
    expect(sources, `${name} allows eval`).not.toContain("'unsafe-eval'");
  }
}

type Violation = { directive: string; blocked: string };
type ViolationLog = { __cspViolations?: Violation[] };

describe('Content-Security-Policy', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Record every violation from the first byte of every page, before the app's own scripts.
    await browser.context.addInitScript(() => {
      const log: Violation[] = [];
      (window as unknown as ViolationLog).__cspViolations = log;
      document.addEventListener('securitypolicyviolation', (event) => {
        log.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
      });
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is served in the page, before any script, and as a header that also forbids framing', async () => {
    await browser.clearSiteData(appUrl());
    const watched = await browser.newPage();
    const response = await watched.page.goto(appUrl(), { waitUntil: 'networkidle' });

    const { policy, scriptsBefore } = await watched.page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const scripts = [...document.querySelectorAll('script, link[rel="modulepreload"]')];
      const metaComesAfter = (element: Element) =>
        meta !== null && (element.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return { policy: meta?.getAttribute('content') ?? '', scriptsBefore: scripts.filter(metaComesAfter).length };
    });
    expectOnlyThisOrigin(policy);
    expect(scriptsBefore, 'scripts placed before the CSP <meta> escape it').toBe(0);

    const header = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    expectOnlyThisOrigin(header);
    expect(directives(header)['frame-ancestors']).toEqual(["'none'"]);
    expectNoProblems(watched);
  });

  it('refuses a script, an image, a fetch and inline code from inside the page', async () => {
    await browser.clearSiteData(appUrl());
    // If the policy let anything through, this answers it, so the test never needs the internet.
    const reached: string[] = [];
    await browser.context.route('https://example.com/**', (route) => {
      reached.push(route.request().url());
      return route.fulfill({ contentType: 'text/javascript', body: 'window.__externalRan = true;' });
    });
    const watched = await browser.newPage();
    const { page } = watched;
    const refused: string[] = [];
    page.on('requestfailed', (request) => refused.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.goto(appUrl(), { waitUntil: 'networkidle' });

    const outcome = await page.evaluate(async () => {
      const violation = (directive: string) =>
        new Promise<string>((resolve) => {
          const listener = (event: SecurityPolicyViolationEvent) => {
            if (event.effectiveDirective !== directive) return;
            document.removeEventListener('securitypolicyviolation', listener);
            resolve(`${event.effectiveDirective} ${event.blockedURI}`);
          };
          document.addEventListener('securitypolicyviolation', listener);
        });

      const scriptRefused = violation('script-src-elem');
      const script = document.createElement('script');
      script.src = 'https://example.com/x.js';
      document.head.append(script);
      const script_ = await scriptRefused;

      const imageRefused = violation('img-src');
      const image = new Image();
      image.src = 'https://example.com/pixel.png';
      document.body.append(image);
      const image_ = await imageRefused;

      const fetchRefused = violation('connect-src');
      const fetched = await fetch('https://example.com/track').then(
        () => 'answered',
        () => 'rejected',
      );
      const fetch_ = `${await fetchRefused} (${fetched})`;

      const inlineRefused = violation('script-src-elem');
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true;';
      document.head.append(inline);
      const inline_ = await inlineRefused;

      const ran = window as unknown as { __externalRan?: boolean; __inlineRan?: boolean };
      return { script: script_, image: image_, fetch: fetch_, inline: inline_, externalRan: ran.__externalRan ?? false, inlineRan: ran.__inlineRan ?? false };
    });

    expect(outcome).toEqual({
      script: 'script-src-elem https://example.com/x.js',
      image: 'img-src https://example.com/pixel.png',
      fetch: 'connect-src https://example.com/track (rejected)',
      inline: 'script-src-elem inline',
      externalRan: false,
      inlineRan: false,
    });
    // Chromium lists the refused script and image as requests, failed by the policy before they
    // reached the network: the route above never saw them.
    expect(reached, 'requests that got past the policy').toEqual([]);
    expect(refused.sort()).toEqual([
      'https://example.com/pixel.png csp',
      'https://example.com/x.js csp',
    ]);
    // Each refusal is logged as a console error by the browser: those, and only those.
    expect(watched.consoleErrors().every((text) => /Content Security Policy/.test(text)), watched.consoleErrors().join('\n')).toBe(true);
    await browser.context.unroute('https://example.com/**');
  });

  it('is never tripped by the app from the start screen through two steps', async () => {
    await browser.clearSiteData(appUrl());
    const watched = await browser.newPage();
    const { page } = watched;
    const main = page.getByRole('main');
    await page.goto(appUrl(), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await expectStep(page, 'Operation and states');
    await fill(main, 'Operation codename (never a real name)', 'STILL WATER');
    await fill(main, 'Lead agency', 'Border Police, Ruritania');
    await main.getByRole('button', { name: 'Add a state' }).click();
    await fill(stateCard(page, 1), 'State', 'Ruritania');
    await continueTo(page, 'People at risk');
    await continueTo(page, 'Techniques');

    expect(await page.evaluate(() => (window as unknown as ViolationLog).__cspViolations)).toEqual([]);
    expectNoProblems(watched);
  });
});
