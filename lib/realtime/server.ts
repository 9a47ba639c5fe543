// Socket.IO on the same HTTP server (and port) as Next. The server alone decides which rooms a
// socket joins; a connection without a valid session is refused at the handshake, and every command
// asks again who the caller is now, so a revoked token, a signed-out session, a deactivated user or
// a changed role takes effect on an open socket at its next command.
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/postgres-adapter";
import type pg from "pg";
import { Server, type Socket } from "socket.io";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { asDomainError } from "@/lib/database/errors";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { canReadIncident } from "@/lib/incidents/ability";
import { incidentExists, incidentNotFound } from "@/lib/incidents/data";
import type { Ack, ClientToServerEvents, ServerToClientEvents, SessionInfo, SocketData } from "@/lib/realtime/events";
import type { SignedInUser } from "@/lib/users/data";
import { CROSS_SITE_REFUSED } from "@/lib/http/same-origin";
import { callerFromHandshake, credentialRooms, currentUser, isCrossSiteCookieHandshake } from "@/lib/realtime/handshake";
import { BOARD_ROOM } from "@/lib/realtime/board-updates";
import {
  COMMITTED_EVENTS,
  emitCommittedEvents,
  INCIDENTS_ROOM,
  incidentRoom,
  PUBLIC_STATUS_CHANGED,
  registerRealtimeServer,
} from "@/lib/realtime/publish";
import { eventsAfter, REPLAY_LIMIT } from "@/lib/timeline/data";
import { signalIfPublic, signalPublicStatusChange } from "@/lib/public-status/changes";
import { afterSeqSchema } from "@/lib/timeline/schema";
import type { IncidentEvent } from "@/lib/timeline/types";
import { parseInput } from "@/lib/validation";

/** Between the nodes that share the database. */
interface InterServerEvents {
  /** Events another node committed, for this node to emit to its own sockets in sequence order. */
  [COMMITTED_EVENTS]: (events: IncidentEvent[]) => void;
  /** Another node committed a write outside any incident that may change the public page. */
  [PUBLIC_STATUS_CHANGED]: () => void;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const UNAUTHORISED = "Sign in to connect.";
/** A join whose gap is past replaying: the client opens the incident afresh, still in its room. */
export const TOO_FAR_BEHIND = "Too much has happened since: open the incident again.";

/**
 * Runs a socket request as the caller is now and answers its ack with the result or the refusal,
 * never a crash. A credential that no longer holds is answered 401 and its socket closed.
 */
async function answer<Result>(socket: RealtimeSocket, ack: Ack<Result> | undefined, work: (user: SignedInUser) => Promise<Result>) {
  const reply = typeof ack === "function" ? ack : () => {};
  try {
    const user = await currentUser(socket.data.credential);
    if (!user) {
      reply({ ok: false, error: UNAUTHORISED, status: HTTP_STATUS.unauthenticated });
      socket.disconnect(true);
      return;
    }
    reply({ ok: true, result: await work(user) });
  } catch (error) {
    const known = asDomainError(error);
    if (known) return reply({ ok: false, error: known.message, status: HTTP_STATUS[known.kind], current: known.current });
    console.error("Socket request failed", error);
    reply({ ok: false, error: "Something went wrong on the server.", status: 500 });
  }
}

function onConnection(socket: RealtimeSocket) {
  socket.on("session:whoami", (ack) => {
    if (typeof ack !== "function") return;
    // A refused caller's socket is closed by answer(); only a current one hears who they are.
    void answer<SessionInfo>(socket, (reply) => {
      if (reply.ok) ack(reply.result);
    }, async ({ id, name, role }) => ({ id, name, role }));
  });

  socket.on("incident:join", (request, ack) =>
    answer(socket, ack, async () => {
      const incidentId = String(request?.incidentId ?? "");
      const { afterSeq } = parseInput(afterSeqSchema, { afterSeq: request?.afterSeq ?? 0 });
      if (!canReadIncident()) throw new DomainError("forbidden", "You may not follow this incident.");
      if (!(await incidentExists(incidentId))) throw incidentNotFound(incidentId);
      // Join before reading, so nothing committed in between is missed; the client drops repeats.
      await socket.join(incidentRoom(incidentId));
      const missed = await eventsAfter(incidentId, afterSeq, REPLAY_LIMIT + 1);
      if (missed.length > REPLAY_LIMIT) throw new DomainError("gone", TOO_FAR_BEHIND);
      return missed;
    }),
  );

  socket.on("board:join", (ack) =>
    answer(socket, ack, async () => {
      if (!canReadIncident()) throw new DomainError("forbidden", "You may not follow the status board.");
      await socket.join(BOARD_ROOM);
      return null;
    }),
  );

  socket.on("board:leave", () => {
    socket.leave(BOARD_ROOM);
  });

  socket.on("incident:leave", (request) => {
    socket.leave(incidentRoom(String(request?.incidentId ?? "")));
  });

  socket.on("checklist:set", (request, ack) =>
    answer(socket, ack, async (user) => {
      const { incidentId, itemId, ...change } = request ?? {};
      const { id, done, version, doneAt, doneById } = await setChecklistItem(user, String(incidentId), String(itemId), change);
      return { id, done, version, doneAt, doneById };
    }),
  );
}

/**
 * Attaches Socket.IO to the HTTP server. With `pool`, the nodes that share the database talk
 * through it (Socket.IO's PostgreSQL adapter: LISTEN/NOTIFY), so scaling out needs no new
 * infrastructure: each node hears of the others' commits and orders them with its own before
 * emitting to its sockets, and a socket closed on one node's behalf closes wherever it is.
 */
export function attachRealtime(httpServer: HttpServer, { pool }: { pool?: pg.Pool } = {}): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    // Other WebSocket upgrades on this server are Next's (its dev server's hot reload). By default
    // engine.io ends any upgrade it does not own that is still unanswered after a second, as one
    // can be while a page compiles.
    destroyUpgrade: false,
  });

  io.use(async (socket, next) => {
    try {
      const { headers } = socket.request;
      if (isCrossSiteCookieHandshake(headers, socket.handshake.auth)) return next(new Error(CROSS_SITE_REFUSED));
      const caller = await callerFromHandshake(headers, socket.handshake.auth);
      if (!caller) return next(new Error(UNAUTHORISED));
      socket.data.credential = caller.credential;
      // Joined before the connection completes, so a revocation from now on reaches this socket.
      await socket.join(credentialRooms(caller));
      if (canReadIncident()) await socket.join(INCIDENTS_ROOM);
      next();
    } catch (error) {
      console.error("Socket handshake failed", error);
      next(new Error("The server could not check this connection."));
    }
  });
  if (pool) {
    io.adapter(createAdapter(pool));
    io.on(COMMITTED_EVENTS, (events) => {
      emitCommittedEvents(io, events);
      // What another node committed reaches this node's public snapshot the same way.
      signalIfPublic(events);
    });
    io.on(PUBLIC_STATUS_CHANGED, () => signalPublicStatusChange());
  }
  io.on("connection", onConnection);
  registerRealtimeServer(io, { clustered: Boolean(pool) });
  return io;
}
