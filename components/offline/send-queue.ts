"use client";
// Sends what the device queued offline, oldest first, one at a time through the REST API, each with
// the version it saw: the server refuses a tick on a step changed meanwhile, and that refusal stays
// on screen as a conflict instead of being sent again. A change that cannot get through yet stops
// the round, so nothing overtakes it.
import type { QueryClient } from "@tanstack/react-query";
import { api, ApiError } from "@/components/live/api-client";
import { incidentKey } from "@/components/live/incident-cache";
import { nextToSend, outcomeOf, type QueuedChange } from "./queue-entries";
import { loadQueue, queuedChanges, recordOutcome } from "./queue-store";

let sending: Promise<void> | null = null;

function send(change: QueuedChange): Promise<unknown> {
  if (change.kind === "tick") {
    return api(`/api/incidents/${change.incidentId}/checklist/${change.itemId}`, { method: "PATCH", body: { done: change.done, version: change.version } });
  }
  return api(`/api/incidents/${change.incidentId}/notes`, { body: { body: change.body, clientKey: change.clientKey } });
}

async function sendAll(queryClient: QueryClient): Promise<void> {
  await loadQueue();
  const touched = new Set<string>();
  for (let change = nextToSend(queuedChanges()); change; change = nextToSend(queuedChanges())) {
    let answer: Parameters<typeof outcomeOf>[0];
    try {
      await send(change);
      answer = { status: 200, message: "" };
    } catch (error) {
      answer = error instanceof ApiError ? { status: error.status, message: error.message, current: error.current } : "unreachable";
    }
    const outcome = outcomeOf(answer, new Date());
    await recordOutcome(change.order, outcome);
    touched.add(change.incidentId);
    if (outcome.kind === "retry") break;
  }
  // The live connection brings the events; the incident read again shows the state they made.
  for (const incidentId of touched) void queryClient.invalidateQueries({ queryKey: incidentKey(incidentId), exact: true });
}

/** One round at a time: a second call while one runs waits for it. */
export function sendQueue(queryClient: QueryClient): Promise<void> {
  sending ??= sendAll(queryClient).finally(() => {
    sending = null;
  });
  return sending;
}
