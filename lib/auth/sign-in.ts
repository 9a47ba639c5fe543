import "server-only";
import { forgiveAccount, recordFailedSignIn, signInWaitMs } from "@/lib/auth/sign-in-limits";
import { DATABASE_UNAVAILABLE, isDatabaseUnreachable } from "@/lib/database/errors";
import { readEnv } from "@/lib/env";
import { MINUTE_MS } from "@/lib/format";
import { findUserByCredentials, normaliseEmail, type SignedInUser } from "@/lib/users/data";

/** Why a sign-in was refused other than a wrong password, in words for the sign-in form. */
export class SignInRefused extends Error {}

export function tooManyAttempts(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / MINUTE_MS));
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/**
 * The address a sign-in comes from, from X-Forwarded-For read from its end: the last entry is the
 * peer Muster's own server saw (server.ts appends it), and each of the MUSTER_TRUSTED_PROXIES in
 * front appended the one it saw. Entries further left are the client's to choose, so never read.
 */
export function clientAddress(headers: Record<string, unknown> | undefined, trustedProxies = readEnv().MUSTER_TRUSTED_PROXIES): string {
  const forwarded = headers?.["x-forwarded-for"];
  const entries = typeof forwarded === "string" ? forwarded.split(",").map((entry) => entry.trim()).filter(Boolean) : [];
  return entries.at(-1 - Math.min(trustedProxies, entries.length - 1)) ?? "unknown";
}

async function attempt(email: string, password: string, address: string): Promise<SignedInUser | null> {
  const waitMs = await signInWaitMs(address, email);
  if (waitMs > 0) throw new SignInRefused(tooManyAttempts(waitMs));
  const user = await findUserByCredentials(email, password);
  if (user) await forgiveAccount(email);
  else await recordFailedSignIn(address, email);
  return user;
}

/**
 * Checks an e-mail and password for the sign-in form: the user, or null for a wrong pair. Refuses
 * (SignInRefused) while the address or the account is over its limit, and when the database is out
 * of reach, so that is never reported as a wrong password.
 */
export async function signInWithPassword(email: string, password: string, address: string): Promise<SignedInUser | null> {
  try {
    return await attempt(normaliseEmail(email), password, address);
  } catch (error) {
    if (error instanceof SignInRefused) throw error;
    if (isDatabaseUnreachable(error)) throw new SignInRefused(DATABASE_UNAVAILABLE);
    console.error("Sign-in failed", error);
    throw new SignInRefused("Muster could not check this sign-in. Try again in a moment.");
  }
}
