import { z } from 'zod';
import { NO_PASSPHRASE } from './passphrase-crypto.ts';
import { passphraseProblem } from './passphrase-rules.ts';

/** Choosing a passphrase to protect something with: typed twice, so a typing slip cannot lock the user out. */
export const NewPassphrase = z
  .object({ passphrase: z.string(), confirm: z.string() })
  .superRefine(({ passphrase, confirm }, context) => {
    const problem = passphraseProblem(passphrase);
    if (problem) context.addIssue({ code: 'custom', path: ['passphrase'], message: problem });
    else if (confirm !== passphrase) {
      context.addIssue({ code: 'custom', path: ['confirm'], message: 'The two passphrases are not the same. Type it again.' });
    }
  });
export type NewPassphrase = z.infer<typeof NewPassphrase>;

/** Typing the passphrase something was protected with: whether it is right only decrypting can tell. */
export const EnteredPassphrase = z.object({ passphrase: z.string().min(1, NO_PASSPHRASE) });
export type EnteredPassphrase = z.infer<typeof EnteredPassphrase>;
