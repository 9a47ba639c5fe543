"use client";
// Writes the war room can make offline: tried at once when the browser is online, queued on the
// device when it is not (or when the request cannot get out), to be sent when the connection returns.
import { api, ApiError } from "@/components/live/api-client";
import { queueNote, queueTick } from "./queue-store";

/** Whether the request never reached Muster (no network), as opposed to Muster refusing it. */
export function neverArrived(error: unknown): boolean {
  return !(error instanceof ApiError);
}

export function queueTickOffline(incidentId: string, itemId: string, change: { done: boolean; version: number }, by: string): Promise<void> {
  return queueTick({ incidentId, itemId, ...change, by, queuedAt: new Date().toISOString() });
}

/**
 * A note under a key of its own: one whose answer was lost is queued under the same key, and the
 * server keeps it once however often it arrives.
 */
export async function addNoteOrQueue(incidentId: string, body: string): Promise<void> {
  // Outside a secure context (plain http on a network address) there is no worker and no key.
  if (typeof crypto.randomUUID !== "function") return void (await api(`/api/incidents/${incidentId}/notes`, { body: { body } }));
  const clientKey = crypto.randomUUID();
  const queue = () => queueNote({ incidentId, body, clientKey, queuedAt: new Date().toISOString() });
  if (!navigator.onLine) return queue();
  try {
    await api(`/api/incidents/${incidentId}/notes`, { body: { body, clientKey } });
  } catch (error) {
    if (neverArrived(error)) return queue();
    throw error;
  }
}
