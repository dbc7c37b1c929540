import { configDefaults, defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The app header's colour (--accent in src/app/app.css): the installed app's title bar. */
const THEME_COLOUR = '#0b4f8a';

/**
 * Nothing but this origin: no CDN, no font service, no analytics, no inline script (issue 8).
 * `img-src data: blob:` is for images the app makes itself; the PDF download is a `blob:` link,
 * which no directive governs. React sets `style={{…}}` through the CSSOM, which CSP does not
 * restrict, so `style-src` needs no 'unsafe-inline'.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Writes the policy into the built index.html as a <meta>, so it travels with the page to any
 * static host and into the service worker's cache. Build only: the dev server injects inline
 * scripts and <style> tags (hot reload) that the policy would block.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'sit:content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or stylesheet: a policy set by <meta> only
    // governs what comes after it.
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the CSP after`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    // Installable and offline after the first visit: the service worker precaches every file of
    // the build, the lazy PDF chunks and fonts and public/scenarios/*.json included, and caches
    // nothing at run time (so nothing from another origin, ever).
    VitePWA({
      // src/app/register-service-worker.ts registers it, without workbox-window in the bundle.
      injectRegister: false,
      // No skipWaiting: a new version waits until every tab of the app is closed, so a running
      // assessment never loses the lazy chunks of the version it started with. clientsClaim: the
      // first visit is controlled at once, so it works offline without a reload.
      registerType: 'prompt',
      // The icons are in globPatterns already; listing them twice would precache them twice.
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,ttf,svg,png}'],
        // The main chunk and each DejaVu font are well under this; the default (2 MiB) is
        // close enough to the main chunk that a growing bundle would silently go uncached.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        clientsClaim: true,
        skipWaiting: false,
        runtimeCaching: [],
        navigateFallback: 'index.html',
      },
      manifest: {
        name: 'SIT Risk Wizard',
        short_name: 'SIT Risk',
        description:
          'Plan special investigative techniques in migrant-smuggling cases safely and lawfully.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: THEME_COLOUR,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  preview: {
    host: '127.0.0.1',
    // The same policy as a header, plus what a <meta> cannot say: no site may frame the app.
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    // Options here apply to the "unit" project (it extends this config); "e2e" has its own.
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
          // Rendering a 35-page PDF takes about a second alone; on two busy cores it can pass 5 s.
          testTimeout: 30_000,
        },
      },
      {
        // Journeys in real Chromium against the production build (tests/e2e/README.md).
        // One file at a time, after the unit tests: a browser per file would swamp two cores.
        // No `extends`: nothing from the root test options (jsdom, setup files) applies here.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
