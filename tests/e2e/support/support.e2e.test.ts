// The e2e helpers must be able to fail: a check that cannot see a leak or a violation would let
// every journey pass.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './app-url.ts';
import { axeViolations, formatViolations } from './axe.ts';
import { isExternalUrl, launchBrowser, type BrowserSession, type WatchedPage } from './browser.ts';
import { captureDownload } from './downloads.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<title>Helper check</title>${head}</head>` +
  `<body><main><h1>Helper check</h1>${body}</main></body></html>`;

describe('e2e helpers', () => {
  let browser: BrowserSession;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await watched?.page.close();
  });

  it('tells loopback, data: and blob: URLs from ones that leave the machine', () => {
    const local = ['http://127.0.0.1:4173/', 'http://localhost/x', 'ws://[::1]:1/', 'data:,x'];
    for (const url of [...local, 'blob:http://127.0.0.1/1']) {
      expect(isExternalUrl(url), url).toBe(false);
    }
    const away = ['https://fonts.googleapis.com/css', 'http://127.0.0.2/', 'file:///etc/hosts'];
    for (const url of [...away, 'http://localhost.example/', 'not a url']) {
      expect(isExternalUrl(url), url).toBe(true);
    }
  });

  it('catches a request to another host, and the console error it causes', async () => {
    watched = await browser.newPage();
    await watched.page.goto(appUrl(), { waitUntil: 'networkidle' });
    await watched.page.evaluate((sameOrigin) => fetch(sameOrigin).catch(() => undefined), appUrl('index.html'));
    // The app's Content-Security-Policy refuses the request before it is made: send it from a page without one.
    await watched.page.goto('about:blank');
    await watched.page.evaluate(() => fetch('http://example.invalid/track?case=1').catch(() => undefined));

    expect(watched.requests()).toContain(appUrl('index.html'));
    expect(watched.externalRequests()).toEqual(['http://example.invalid/track?case=1']);
    expect(watched.problems()).toContain('external request: http://example.invalid/track?case=1');
    await expect.poll(() => watched.consoleErrors().join('\n')).toMatch(/ERR_|example\.invalid/);
  });

  it('catches an uncaught exception in the page', async () => {
    watched = await browser.newPage();
    await watched.page.setContent(page('<p>text</p>'));
    await Promise.all([
      watched.page.waitForEvent('pageerror'),
      watched.page.evaluate(() => {
        setTimeout(() => {
          throw new Error('boom from the page');
        });
      }),
    ]);
    expect(watched.pageErrors().join('\n')).toContain('boom from the page');
  });

  it('reports an unlabelled field as an axe violation that says what to fix', async () => {
    watched = await browser.newPage();
    await watched.page.setContent(page('<input type="text" id="codename">'));
    const violations = await axeViolations(watched.page);

    expect(violations.map((v) => v.id)).toContain('label');
    const label = violations.find((v) => v.id === 'label');
    expect(label?.targets).toEqual(['#codename']);
    const report = formatViolations(violations);
    expect(report).toContain('label [critical]');
    expect(report).toContain('#codename');
  });

  it('finds no violation on a labelled field, and still runs under a strict CSP', async () => {
    watched = await browser.newPage();
    const labelled = '<label for="c">Codename</label><input type="text" id="c">';
    await watched.page.setContent(page(labelled));
    expect(formatViolations(await axeViolations(watched.page))).toBe('no accessibility violations');

    // Issue 8 asks for a Content-Security-Policy; it must neither stop axe nor make it log errors.
    const policy = "default-src 'self'; script-src 'self'";
    const csp = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
    await watched.page.setContent(page('<input type="text" id="codename">', csp));
    expect((await axeViolations(watched.page)).map((v) => v.id)).toContain('label');
    expect(watched.problems()).toEqual([]);
  });

  it('captures the bytes of a file the page makes and downloads', async () => {
    watched = await browser.newPage();
    await watched.page.goto(appUrl(), { waitUntil: 'networkidle' });
    await watched.page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'Export case file';
      button.addEventListener('click', () => {
        const blob = new Blob(['{"codename":"Łódź"}'], { type: 'application/json' });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'case.json';
        link.click();
      });
      document.body.append(button);
    });
    const download = await captureDownload(watched.page, () =>
      watched.page.getByRole('button', { name: 'Export case file' }).click(),
    );
    expect(download.fileName).toBe('case.json');
    expect(download.url).toMatch(/^blob:/);
    expect(JSON.parse(download.bytes.toString('utf8'))).toEqual({ codename: 'Łódź' });
    expect(watched.problems()).toEqual([]);
  });

  it('keeps stored data across pages of one file until the site data is cleared', async () => {
    const stored = async () => {
      watched = await browser.newPage();
      await watched.page.goto(appUrl(), { waitUntil: 'networkidle' });
      const result = await watched.page.evaluate(async () => {
        const names = (await indexedDB.databases()).map((db) => db.name);
        return { local: localStorage.getItem('e2e-check'), databases: names };
      });
      await watched.page.close();
      return result;
    };
    watched = await browser.newPage();
    await watched.page.goto(appUrl(), { waitUntil: 'networkidle' });
    await watched.page.evaluate(async () => {
      localStorage.setItem('e2e-check', 'draft');
      await new Promise((resolve, reject) => {
        const request = indexedDB.open('e2e-check-db');
        request.onsuccess = () => {
          request.result.close();
          resolve(undefined);
        };
        request.onerror = () => reject(request.error);
      });
    });
    await watched.page.close();

    // The app may open databases of its own on load; only ours is checked.
    const before = await stored();
    expect(before.local).toBe('draft');
    expect(before.databases).toContain('e2e-check-db');
    await browser.clearSiteData(appUrl());
    const after = await stored();
    expect(after.local).toBeNull();
    expect(after.databases).not.toContain('e2e-check-db');
  });
});
