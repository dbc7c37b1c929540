import { config } from 'zod';

// zod 4 probes `new Function('')` to compile faster parsers; the Content-Security-Policy forbids eval,
// so the probe would be reported as a violation. This module is imported first, before any schema is built.
config({ jitless: true });
