// Socket.IO on the same HTTP server (and port) as Next. The server alone decides which rooms a
// socket joins; a connection without a valid session is refused at the handshake.
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/postgres-adapter";
import type pg from "pg";
import { Server, type Socket } from "socket.io";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { asDomainError } from "@/lib/database/errors";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { canReadIncident } from "@/lib/incidents/ability";
import { incidentExists, incidentNotFound } from "@/lib/incidents/data";
import type { Ack, ClientToServerEvents, ServerToClientEvents, SocketData } from "@/lib/realtime/events";
import { userFromHandshake } from "@/lib/realtime/handshake";
import { BOARD_ROOM, incidentRoom, registerRealtimeServer } from "@/lib/realtime/publish";
import { eventsAfter } from "@/lib/timeline/data";
import { afterSeqSchema } from "@/lib/timeline/schema";
import { parseInput } from "@/lib/validation";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const UNAUTHORISED = "Sign in to connect.";

/** Runs a socket request and answers its ack with the result or the refusal, never a crash. */
async function answer<Result>(ack: Ack<Result> | undefined, work: () => Promise<Result>) {
  const reply = typeof ack === "function" ? ack : () => {};
  try {
    reply({ ok: true, result: await work() });
  } catch (error) {
    const known = asDomainError(error);
    if (known) return reply({ ok: false, error: known.message, status: HTTP_STATUS[known.kind], current: known.current });
    console.error("Socket request failed", error);
    reply({ ok: false, error: "Something went wrong on the server.", status: 500 });
  }
}

function onConnection(socket: RealtimeSocket) {
  const user = socket.data.user;
  socket.join(`user:${user.id}`);

  socket.on("session:whoami", (ack) => {
    if (typeof ack === "function") ack({ id: user.id, name: user.name, role: user.role });
  });

  socket.on("incident:join", (request, ack) =>
    answer(ack, async () => {
      const incidentId = String(request?.incidentId ?? "");
      const { afterSeq } = parseInput(afterSeqSchema, { afterSeq: request?.afterSeq ?? 0 });
      if (!canReadIncident()) throw new DomainError("forbidden", "You may not follow this incident.");
      if (!(await incidentExists(incidentId))) throw incidentNotFound(incidentId);
      // Join before reading, so nothing committed in between is missed; the client drops repeats.
      await socket.join(incidentRoom(incidentId));
      return eventsAfter(incidentId, afterSeq);
    }),
  );

  socket.on("board:join", (ack) =>
    answer(ack, async () => {
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
    answer(ack, async () => {
      const { incidentId, itemId, ...change } = request ?? {};
      const { id, done, version, doneAt, doneById } = await setChecklistItem(user, String(incidentId), String(itemId), change);
      return { id, done, version, doneAt, doneById };
    }),
  );
}

/**
 * Attaches Socket.IO to the HTTP server. With `pool`, events also travel between the nodes that
 * share the database (Socket.IO's PostgreSQL adapter: LISTEN/NOTIFY), so scaling out needs no new
 * infrastructure.
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
      const user = await userFromHandshake(socket.request.headers, socket.handshake.auth);
      if (!user) return next(new Error(UNAUTHORISED));
      socket.data.user = user;
      next();
    } catch (error) {
      console.error("Socket handshake failed", error);
      next(new Error("The server could not check this connection."));
    }
  });
  if (pool) io.adapter(createAdapter(pool));
  io.on("connection", onConnection);
  registerRealtimeServer(io);
  return io;
}
