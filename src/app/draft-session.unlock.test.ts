// Issue 9: a case file protected with a passphrase asks for it on import; a wrong passphrase
// gets a clear message and another try; nothing is opened or changed until it is right.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fileOf } from '../../tests/support/review.ts';
import { wizardMachine } from '../machine/wizard.machine.ts';
import { protectedCaseFileToJson } from '../storage/case-file-io.ts';
import type { DraftsStore } from '../storage/drafts-store.ts';
import { MIN_ITERATIONS } from '../storage/encrypted-envelope.schema.ts';
import { WRONG_PASSPHRASE } from '../storage/passphrase-crypto.ts';
import { createDraftSession } from './draft-session.ts';

const answers = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/overland-lorry-network.case.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const PASSPHRASE = 'the lorry leaves at dawn';

async function startScreenWithProtectedFile() {
  const actor = createActor(wizardMachine).start();
  const store = {
    saveDraft: async (draft: unknown) => ({ ok: true as const, value: draft }),
    setLastOpenedDraftId: async () => ({ ok: true as const, value: undefined }),
  } as unknown as DraftsStore;
  const session = createDraftSession(actor, { store, now: () => new Date('2026-11-30T09:00:00Z'), newId: () => 'imported', onSaveProblem: () => {} });
  const file = fileOf('AMBER.protected.json', await protectedCaseFileToJson(answers, PASSPHRASE, { iterations: MIN_ITERATIONS }));
  await session.importFile(file);
  return { actor, session, context: () => actor.getSnapshot().context };
}

describe('importing a case file protected with a passphrase', () => {
  it('asks for the passphrase, says when it is wrong, and opens the case once it is right', async () => {
    const { actor, session, context } = await startScreenWithProtectedFile();
    expect(context().lockedImport).toEqual({ fileName: 'AMBER.protected.json' });
    expect(context().draftId).toBeNull();

    await session.unlockImport('the lorry leaves at dusk');
    expect(context().lockedImport).toEqual({ fileName: 'AMBER.protected.json', error: `AMBER.protected.json: ${WRONG_PASSPHRASE}` });
    expect(context().draftId).toBeNull();
    expect(actor.getSnapshot().value).toBe('start');

    await session.unlockImport(PASSPHRASE);
    expect(context().lockedImport).toBeNull();
    expect(context().draftId).toBe('imported');
    expect(actor.getSnapshot().value).toBe('review');
    expect((context().answers as unknown as { operation: { codename: string } }).operation.codename).toBe('AMBER KESTREL');
  });

  it('forgets the file when the user cancels: a passphrase typed afterwards opens nothing', async () => {
    const { session, context } = await startScreenWithProtectedFile();
    session.cancelUnlock();
    expect(context().lockedImport).toBeNull();
    await session.unlockImport(PASSPHRASE);
    expect(context().draftId).toBeNull();
  });
});
