/**
 * The few checks a passphrase must pass before anything is protected with it. Length
 * matters far more than odd symbols, so the advice is a short sentence, which officers
 * can remember and type, rather than a password rule nobody remembers.
 */

export const MIN_PASSPHRASE_CHARACTERS = 12;

/** The one problem to fix first, in plain words, or undefined when the passphrase will do. */
export function passphraseProblem(passphrase: string): string | undefined {
  // Characters as a person counts them, in the form that is hashed (see deriveKey):
  // an emoji or an accented letter is one character, not two.
  const characters = [...passphrase.normalize('NFC')];
  if (characters.length === 0) return 'Type a passphrase. A short sentence is easiest to remember.';
  if (characters.length < MIN_PASSPHRASE_CHARACTERS) {
    return `Use at least ${MIN_PASSPHRASE_CHARACTERS} characters; a short sentence is easiest to remember.`;
  }
  if (characters.every((character) => character === characters[0])) {
    return 'Do not repeat one character over and over: it is easy to guess. A short sentence is easiest to remember.';
  }
  return undefined;
}
