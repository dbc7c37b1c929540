// Debian's Chromium driven by playwright-core, with every request, console error and page error
// recorded so a test can prove that nothing leaves the machine (README: "the app makes no network
// request to any other host"). Plain Node, no Vitest: the bench script (issue 8) uses it too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

/** Debian's package; never a Playwright browser download (that cannot be fetched here). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserSession {
  /** The browser context; its user data dir is fresh and deleted on `close()`. */
  context: BrowserContext;
  /** A new tab that records its requests, console errors and page errors. */
  newPage(): Promise<WatchedPage>;
  /**
   * Forgets everything the origin of `url` stored: IndexedDB drafts, local storage, caches,
   * service workers. The profile lives as long as the file, so tests that need a first visit
   * call this first.
   */
  clearSiteData(url: string): Promise<void>;
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page or a service worker of its context requested, in order; websockets too. */
  requests(): readonly string[];
  /** Requests to anything but loopback (127.0.0.1, localhost, ::1), `data:` or `blob:`. */
  externalRequests(): readonly string[];
  /** `console.error` messages and failed resource loads, with where they came from. */
  consoleErrors(): readonly string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors(): readonly string[];
  /** All of the above in one readable list: `expect(watched.problems()).toEqual([])`. */
  problems(): string[];
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True when fetching `url` would leave this machine. */
export function isExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') {
    return false;
  }
  const webProtocol = ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
  return !(webProtocol && LOOPBACK_HOSTS.has(parsed.hostname));
}

/** Launches Chromium with a fresh profile (one per test file: call it in `beforeAll`). */
export async function launchBrowser(): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sit-e2e-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  // A persistent context opens with one blank tab; close it so every test starts from newPage().
  await Promise.all(context.pages().map((page) => page.close()));

  return {
    context,
    newPage: () => watchPage(context),
    async clearSiteData(url: string) {
      const page = await context.newPage();
      try {
        const devtools = await context.newCDPSession(page);
        await devtools.send('Storage.clearDataForOrigin', {
          origin: new URL(url).origin,
          storageTypes: 'all',
        });
        await devtools.detach();
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function watchPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  // Requests a service worker makes are not the page's, but they leave the machine all the same.
  const onContextRequest = (request: Request) => {
    if (request.serviceWorker() !== null) requests.push(request.url());
  };
  context.on('request', onContextRequest);
  page.once('close', () => context.off('request', onContextRequest));

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber + 1})` : message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));

  const externalRequests = () => requests.filter(isExternalUrl);
  return {
    page,
    requests: () => [...requests],
    externalRequests,
    consoleErrors: () => [...consoleErrors],
    pageErrors: () => [...pageErrors],
    problems: () => [
      ...externalRequests().map((url) => `external request: ${url}`),
      ...consoleErrors.map((text) => `console error: ${text}`),
      ...pageErrors.map((text) => `page error: ${text}`),
    ],
  };
}
