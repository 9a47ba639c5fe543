// The session cookie is a JWT signed by next-auth that names a Session row; the cookie is good only
// while that row is, so signing out ends it on the server and not only in the browser.
import { parse as parseCookies } from "cookie";
import { getToken } from "next-auth/jwt";
import { userForSession } from "@/lib/auth/data";
import type { SignedInUser } from "@/lib/users/data";

export type SessionCaller = { sessionId: string; user: SignedInUser };

export async function sessionFromCookie(cookieHeader: string | null | undefined): Promise<SessionCaller | null> {
  if (!cookieHeader) return null;
  const token = await getToken({
    req: { headers: { cookie: cookieHeader }, cookies: parseCookies(cookieHeader) } as never,
    secret: process.env.NEXTAUTH_SECRET,
  });
  if (typeof token?.sid !== "string" || !token.sub) return null;
  const user = await userForSession(token.sid, token.sub);
  return user && { sessionId: token.sid, user };
}
