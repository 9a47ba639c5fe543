// Many war-room clients in one process: each its own WebSocket connection, authenticated with the
// API token at the handshake, as a browser tab would be.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import type { ChecklistItem, TickOutcome } from "./muster-api";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Clients connect and join this many at a time: a thousand handshakes at once would measure the
 * server's connection storm (each handshake looks the token up in the database), not live ticks.
 */
const BATCH_SIZE = 50;
const CONNECT_TIMEOUT_MS = 20_000;
const JOIN_TIMEOUT_MS = 20_000;

function connectOne(origin: string, token: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(origin, {
    auth: { token },
    transports: ["websocket"],
    // Without forceNew, io() reuses one Manager per origin: every "client" would share a single
    // connection and the server would fan out to one socket, not N.
    forceNew: true,
    // A dropped client must show up as missed ticks, not quietly reconnect without its room.
    reconnection: false,
    timeout: CONNECT_TIMEOUT_MS,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(new Error(`Socket connection refused: ${error.message}`));
    });
  });
}

async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    results.push(...(await Promise.all(items.slice(start, start + BATCH_SIZE).map(work))));
  }
  return results;
}

export async function connectClients(origin: string, token: string, count: number): Promise<ClientSocket[]> {
  const connected: ClientSocket[] = [];
  try {
    await inBatches(Array.from({ length: count }), async () => connected.push(await connectOne(origin, token)));
    return connected;
  } catch (error) {
    closeClients(connected);
    throw error;
  }
}

/**
 * Joins every client to the incident's room, as a client that has seen up to `afterSeq` (a long
 * incident refuses to replay its whole history); the events in each ack are not needed here.
 */
export async function joinIncident(clients: readonly ClientSocket[], incidentId: string, afterSeq = 0) {
  await inBatches(clients, async (socket) => {
    const reply = await socket.timeout(JOIN_TIMEOUT_MS).emitWithAck("incident:join", { incidentId, afterSeq });
    if (!reply.ok) throw new Error(`incident:join refused: ${reply.error}`);
  });
}

export function closeClients(clients: readonly ClientSocket[]) {
  for (const socket of clients) socket.disconnect();
}

/** One tick over the socket, answered like the API's PATCH. */
export function tickOverSocket(socket: ClientSocket, incidentId: string, itemId: string, done: boolean, version: number): Promise<TickOutcome> {
  return new Promise((resolve) =>
    socket.emit("checklist:set", { incidentId, itemId, done, version }, (reply) => {
      if (reply.ok) return resolve({ status: 200, item: reply.result as ChecklistItem });
      if (reply.status === 409) return resolve({ status: 409, current: reply.current as ChecklistItem });
      resolve({ status: reply.status, error: reply.error });
    }),
  );
}
