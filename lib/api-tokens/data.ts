import "server-only";
import { db } from "@/lib/db";
import { hashToken, TOKEN_PREFIX } from "@/lib/api-tokens/token";
import type { SignedInUser } from "@/lib/users/data";

/** The user a bearer token belongs to, with their current role; null for an unknown or revoked one. */
export async function userForToken(token: string): Promise<SignedInUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const found = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!found || found.revokedAt) return null;
  return found.user;
}

export function listTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}
