// The typed contract between the Socket.IO server and its clients.
import type { SignedInUser } from "@/lib/users/data";

export type SessionInfo = Pick<SignedInUser, "id" | "name" | "role">;

export interface ServerToClientEvents {
  // Incident events arrive with the live war room.
  noop: () => void;
}

export interface ClientToServerEvents {
  /** Who the server took this connection to be. */
  "session:whoami": (ack: (session: SessionInfo) => void) => void;
}

export interface SocketData {
  user: SignedInUser;
}
