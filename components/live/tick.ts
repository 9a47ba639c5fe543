"use client";
// A checklist tick from the war room: over the live socket when it is connected (no HTTP request
// per tick, the fastest path there is), else through the REST API. Either way a refusal arrives
// as an ApiError with the server's status, message and, for a 409, the current state.
import { api, ApiError } from "./api-client";
import { connectedSocket } from "./socket-client";

const SOCKET_ANSWER_TIMEOUT_MS = 10_000;

type TickedItem = { id: string; done: boolean; version: number; doneAt: string | null; doneById: string | null };

export function tickChecklistItem(incidentId: string, itemId: string, change: { done: boolean; version: number }): Promise<TickedItem> {
  const socket = connectedSocket();
  if (!socket) {
    return api<TickedItem>(`/api/incidents/${incidentId}/checklist/${itemId}`, { method: "PATCH", body: change });
  }
  return new Promise((resolve, reject) => {
    socket.timeout(SOCKET_ANSWER_TIMEOUT_MS).emit("checklist:set", { incidentId, itemId, ...change }, (error, reply) => {
      if (error) return reject(new ApiError("The server did not answer. Try again.", 504));
      // Over the wire the item's dates are ISO strings, as from the REST API.
      if (reply.ok) return resolve(reply.result as unknown as TickedItem);
      reject(new ApiError(reply.error, reply.status, undefined, reply.current));
    });
  });
}
