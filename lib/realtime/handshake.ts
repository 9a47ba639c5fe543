// Socket connections authenticate at the handshake with the same session cookie as the pages, or
// with an API token: io(origin, { auth: { token } }). The credential is kept, not only the user it
// named, so every command can ask again whether it still holds.
import type { IncomingHttpHeaders } from "node:http";
import { findTokenCaller } from "@/lib/api-tokens/data";
import { sessionFromCookie } from "@/lib/auth/session-cookie";
import { userForSession } from "@/lib/auth/data";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { SignedInUser } from "@/lib/users/data";

export type SocketCredential =
  | { kind: "token"; token: string; tokenId: string }
  | { kind: "session"; sessionId: string; userId: string };

export type SocketCaller = { credential: SocketCredential; user: SignedInUser };

// Rooms every socket joins by its credential, so ending that credential can close its sockets.
export const userSocketRoom = (userId: string) => `user:${userId}`;
export const sessionSocketRoom = (sessionId: string) => `session:${sessionId}`;
export const tokenSocketRoom = (tokenId: string) => `token:${tokenId}`;

export function credentialRooms({ credential, user }: SocketCaller): string[] {
  const own = credential.kind === "token" ? tokenSocketRoom(credential.tokenId) : sessionSocketRoom(credential.sessionId);
  return [userSocketRoom(user.id), own];
}

function headerSource(headers: IncomingHttpHeaders) {
  return { get: (name: string) => [headers[name]].flat()[0] };
}

/**
 * A cookie socket must come from Muster's own pages: a page elsewhere would ride on the cookie. A
 * token carries no ambient credential, so automation may connect from anywhere.
 */
export function isCrossSiteCookieHandshake(headers: IncomingHttpHeaders, auth: Record<string, unknown>): boolean {
  return typeof auth.token !== "string" && !isSameOrigin(headerSource(headers));
}

/** The caller a handshake presents, or null. */
export async function callerFromHandshake(
  headers: IncomingHttpHeaders,
  auth: Record<string, unknown>,
): Promise<SocketCaller | null> {
  if (typeof auth.token === "string") {
    const found = await findTokenCaller(auth.token);
    return found && { credential: { kind: "token", token: auth.token, tokenId: found.tokenId }, user: found.user };
  }
  const session = await sessionFromCookie(headers.cookie);
  return session && { credential: { kind: "session", sessionId: session.sessionId, userId: session.user.id }, user: session.user };
}

/** The credential's user as they are now (role included); null once it was revoked, signed out or deactivated. */
export async function currentUser(credential: SocketCredential): Promise<SignedInUser | null> {
  if (credential.kind === "session") return userForSession(credential.sessionId, credential.userId);
  return (await findTokenCaller(credential.token))?.user ?? null;
}
