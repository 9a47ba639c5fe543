import "server-only";
import { db } from "@/lib/db";
import { sessionSocketRoom } from "@/lib/realtime/handshake";
import { disconnectSockets } from "@/lib/realtime/publish";

/** Starts a session for a user who just signed in; its id rides in the session cookie. */
export async function startSession(userId: string): Promise<string> {
  const { id } = await db().session.create({ data: { userId }, select: { id: true } });
  return id;
}

/** Signs the session out: its cookie is refused from now on, and its open sockets close. */
export async function endSession(sessionId: string) {
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  disconnectSockets(sessionSocketRoom(sessionId));
}
