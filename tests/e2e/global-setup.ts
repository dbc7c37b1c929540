// Builds the app once and serves it for every e2e test file; tests read the URL with appUrl()
// (support/app-url.ts declares the provided value's type).
import type { TestProject } from 'vitest/node';
import { startAppServer } from './support/server.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startAppServer();
  project.provide('appUrl', server.url);
  return () => server.close();
}
