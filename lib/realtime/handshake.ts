// Socket connections authenticate at the handshake with the same session cookie as the pages, or
// with an API token: io(origin, { auth: { token } }).
import { parse as parseCookies } from "cookie";
import type { IncomingHttpHeaders } from "node:http";
import { getToken } from "next-auth/jwt";
import { userForToken } from "@/lib/api-tokens/data";
import { findUserById, type SignedInUser } from "@/lib/users/data";

export async function userFromHandshake(
  headers: IncomingHttpHeaders,
  auth: Record<string, unknown>,
): Promise<SignedInUser | null> {
  if (typeof auth.token === "string") return userForToken(auth.token);
  const cookies = parseCookies(headers.cookie ?? "");
  const token = await getToken({
    req: { headers: headers as Record<string, string>, cookies } as never,
    secret: process.env.NEXTAUTH_SECRET,
  });
  return token?.sub ? findUserById(token.sub) : null;
}
