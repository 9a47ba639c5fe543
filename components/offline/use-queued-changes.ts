"use client";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { QueuedChange } from "./queue-entries";
import { loadQueue, queuedChanges, subscribeToQueue } from "./queue-store";

const NONE: readonly QueuedChange[] = [];

/** The changes this device holds, for one incident or all; none on the server's render. */
export function useQueuedChanges(incidentId?: string): readonly QueuedChange[] {
  useEffect(() => void loadQueue(), []);
  const all = useSyncExternalStore(subscribeToQueue, queuedChanges, () => NONE);
  return useMemo(() => (incidentId ? all.filter((change) => change.incidentId === incidentId) : all), [all, incidentId]);
}
