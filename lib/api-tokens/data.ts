import "server-only";
import { db } from "@/lib/db";
import { hashToken, TOKEN_PREFIX } from "@/lib/api-tokens/token";
import type { SignedInUser } from "@/lib/users/data";

/** The user a bearer token belongs to, with their current role; null for an unknown or revoked one. */
export async function userForToken(token: string): Promise<SignedInUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  // Every API call starts here, hence one plain statement.
  const [user] = await db().$queryRaw<SignedInUser[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${hashToken(token)} AND t."revokedAt" IS NULL`;
  return user ?? null;
}

export function listTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}
