// Builds the app for production and serves it on 127.0.0.1, as a user gets it from `npm start`.
// Plain Node + Vite, no Vitest: the e2e global setup and the bench script (issue 8) both use it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type LogLevel } from 'vite';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const configFile = join(repoRoot, 'vite.config.ts');

export interface AppServer {
  /** Base URL of the served app, e.g. `http://127.0.0.1:39123/` (always ends in `/`). */
  url: string;
  /** Folder the production build was written to. */
  outDir: string;
  /** Stops the server and, if this module made the build folder, deletes it. */
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** Build into this folder instead of a fresh temporary one (which is deleted on close). */
  outDir?: string;
  /** Vite's log level for build and preview; default 'warn' keeps test output quiet. */
  logLevel?: LogLevel;
}

/**
 * Production build into `outDir`. Vitest sets NODE_ENV=test, which would make Vite emit a
 * development build (React dev mode, bigger bundle): force 'production' for the build only.
 */
export async function buildApp(outDir: string, logLevel: LogLevel = 'warn'): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      configFile,
      logLevel,
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** Serves an existing build with Vite's preview server on 127.0.0.1 and a free port. */
export async function serveBuild(
  outDir: string,
  logLevel: LogLevel = 'warn',
): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({
    root: repoRoot,
    configFile,
    logLevel,
    build: { outDir },
    // Port 0: the operating system picks a free port, so parallel runs never collide.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`preview server has no TCP address (${String(address)})`);
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Builds the app once and serves it. Call `close()` when done. */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const ownsOutDir = options.outDir === undefined;
  const outDir = options.outDir ?? (await mkdtemp(join(tmpdir(), 'sit-e2e-build-')));
  try {
    await buildApp(outDir, options.logLevel);
    const served = await serveBuild(outDir, options.logLevel);
    return {
      url: served.url,
      outDir,
      async close() {
        await served.close();
        if (ownsOutDir) await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ownsOutDir) await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
