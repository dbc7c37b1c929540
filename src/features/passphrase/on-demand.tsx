import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * The passphrase forms bring react-hook-form and zod with them: loaded when one is first shown,
 * so the start screen stays light (issue 8).
 */
const LazyPassphrasePrompt = lazy(() => import('./passphrase-prompt.tsx').then((module) => ({ default: module.PassphrasePrompt })));
const LazyNewPassphraseForm = lazy(() => import('./new-passphrase-form.tsx').then((module) => ({ default: module.NewPassphraseForm })));

const loading = <p role="status">Loading…</p>;

export function PassphrasePrompt(props: ComponentProps<typeof LazyPassphrasePrompt>) {
  return (
    <Suspense fallback={loading}>
      <LazyPassphrasePrompt {...props} />
    </Suspense>
  );
}

export function NewPassphraseForm(props: ComponentProps<typeof LazyNewPassphraseForm>) {
  return (
    <Suspense fallback={loading}>
      <LazyNewPassphraseForm {...props} />
    </Suspense>
  );
}
