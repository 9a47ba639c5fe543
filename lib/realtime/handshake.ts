// Socket connections authenticate at the handshake with the same session cookie as the pages.
import { parse as parseCookies } from "cookie";
import type { IncomingHttpHeaders } from "node:http";
import { getToken } from "next-auth/jwt";
import { findUserById, type SignedInUser } from "@/lib/users/data";

export async function userFromHandshake(headers: IncomingHttpHeaders): Promise<SignedInUser | null> {
  const cookies = parseCookies(headers.cookie ?? "");
  const token = await getToken({
    req: { headers: headers as Record<string, string>, cookies } as never,
    secret: process.env.NEXTAUTH_SECRET,
  });
  return token?.sub ? findUserById(token.sub) : null;
}
