// The URL of the app built and served once for the whole e2e run by tests/e2e/global-setup.ts.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the production build served on 127.0.0.1, ending in `/`. */
    appUrl: string;
  }
}

/** `appUrl()` is the start page; `appUrl('?x=1')` or `appUrl('some/path')` resolve against it. */
export function appUrl(path = ''): string {
  return new URL(path, inject('appUrl')).href;
}
