// The typed contract between the Socket.IO server and its clients.
import type { SocketCredential } from "@/lib/realtime/handshake";
import type { BoardUpdate } from "@/lib/status-board/changes";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";

export type SessionInfo = Pick<SignedInUser, "id" | "name" | "role">;

/** Every acknowledgement: a result, or the refusal as over HTTP (status, message, current state on 409). */
export type Ack<Result> = (
  reply: { ok: true; result: Result } | { ok: false; error: string; status: number; current?: unknown },
) => void;

export interface ServerToClientEvents {
  /** A committed change to an incident the socket joined, in sequence order. */
  "incident:event": (event: IncidentEvent) => void;
  /**
   * The status board changed: what changed, for the version the viewer holds (or the whole board).
   * A viewer holding another version asks for the board again. Sent at most twice a second.
   */
  "board:update": (update: BoardUpdate) => void;
  /**
   * An incident changed in a way the incident list shows (declared, state, severity, details,
   * services, progress): ask for the list again. Carries the id alone; the list is read as the
   * caller may see it. Sent to every signed-in socket, at most twice a second.
   */
  "incidents:changed": (change: { incidentId: string }) => void;
  /** The caller's own notifications changed (one arrived): ask for them again. */
  "notifications:changed": () => void;
}

export interface ClientToServerEvents {
  /** Who the server took this connection to be. */
  "session:whoami": (ack: (session: SessionInfo) => void) => void;
  /**
   * Follows an incident: the ack carries every event after `afterSeq` (the last one the client
   * saw), and live events follow. Live events may arrive before the ack: clients merge by seq.
   * More missed than the server replays is answered 410: the client opens the incident afresh,
   * already in its room.
   */
  "incident:join": (request: { incidentId: string; afterSeq: number }, ack: Ack<IncidentEvent[]>) => void;
  "incident:leave": (request: { incidentId: string }) => void;
  /** Follows the status board: every incident's changes, as a signal to fetch the board again. */
  "board:join": (ack: Ack<null>) => void;
  "board:leave": () => void;
  /** Ticks a checklist item, exactly as PATCH /api/incidents/{id}/checklist/{itemId}. */
  "checklist:set": (
    request: { incidentId: string; itemId: string; done: boolean; version: number },
    ack: Ack<{ id: string; done: boolean; version: number; doneAt: Date | null; doneById: string | null }>,
  ) => void;
}

export interface SocketData {
  credential: SocketCredential;
}
