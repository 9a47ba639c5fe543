import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { userForToken } from "@/lib/api-tokens/data";
import { sessionFromCookie } from "@/lib/auth/session-cookie";
import { DomainError } from "@/lib/errors";
import type { SignedInUser } from "@/lib/users/data";

const BEARER = /^Bearer\s+(\S+)$/i;

export type Caller = { user: SignedInUser | null; via: "token" | "session" };

/**
 * The caller with their current role, once per request: an API token (Authorization: Bearer …)
 * for automation, else the session cookie. `via` tells which, since only a cookie rides along on
 * a request another site makes.
 */
export const getCaller = cache(async (): Promise<Caller> => {
  const requestHeaders = await headers();
  const bearer = requestHeaders.get("authorization")?.match(BEARER)?.[1];
  if (bearer) return { user: await userForToken(bearer), via: "token" };
  return { user: (await sessionFromCookie(requestHeaders.get("cookie")))?.user ?? null, via: "session" };
});

export async function getCurrentUser(): Promise<SignedInUser | null> {
  return (await getCaller()).user;
}

/** For pages: the signed-in user, or a redirect to sign in. */
export async function requireUser(): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For actions and route handlers: the signed-in user, or a 401. */
export async function authenticate(): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated", "Sign in to continue.");
  return user;
}
