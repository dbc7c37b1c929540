import { describe, expect, it } from 'vitest';
import { storageFailureMessage } from './storage-errors.ts';

describe('a storage failure, as the user reads it', () => {
  it.each([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'storage is full'],
    [Object.assign(new Error('quota reached'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), 'storage is full'],
    [new ReferenceError('indexedDB is not defined'), 'storage is disabled, for example in a private window'],
    [new DOMException('denied', 'SecurityError'), 'storage is disabled, for example in a private window'],
    [new DOMException('A mutation operation was attempted', 'InvalidStateError'), 'storage is disabled, for example in a private window'],
    [new DOMException('Internal error', 'UnknownError'), 'storage is full or disabled'],
    ['a string thrown by some library', 'storage is full or disabled'],
    [undefined, 'storage is full or disabled'],
  ])('%s → %s', (error, reason) => {
    expect(storageFailureMessage('save', error)).toBe(
      `Your browser would not save this draft (${reason}). Export the case file to keep your work.`,
    );
  });

  it('never repeats the browser\'s own message', () => {
    const message = storageFailureMessage('list', new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'));
    expect(message).not.toMatch(/backing store|indexedDB|DOMException/);
  });
});
