import { useCallback, useEffect, useState } from 'react';
import type { DraftsLock, ProtectionStatus } from '../../storage/drafts-lock.ts';

/** Whether the drafts on this device are protected, and unlocked here; undefined while it is read. */
export function useProtectionStatus(lock: DraftsLock): { status: ProtectionStatus | undefined; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<ProtectionStatus | undefined>();
  const refresh = useCallback(async () => {
    const read = await lock.protectionStatus();
    // A storage failure is said by the drafts list; protection then reads as off, which offers nothing it cannot do.
    setStatus(read.ok ? read.value : 'off');
  }, [lock]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { status, refresh };
}
