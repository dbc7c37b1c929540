import { Suspense, useEffect, type ReactNode } from 'react';
import { Opening } from '../../app/opening.tsx';

/**
 * A screen whose code loads when it is first shown (React.lazy): "Opening…" meanwhile.
 * `onShown` runs once the screen is on the page, so the focus can move to its heading.
 */
export function OnDemand({ children, onShown }: { children: ReactNode; onShown: () => void }) {
  return (
    <Suspense fallback={<Opening />}>
      {children}
      <Shown onShown={onShown} />
    </Suspense>
  );
}

// After the screen, inside the same boundary: it mounts, and its effect runs, with the screen.
function Shown({ onShown }: { onShown: () => void }) {
  useEffect(() => {
    onShown();
  }, [onShown]);
  return null;
}
