import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  preview: { host: '127.0.0.1' },
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
