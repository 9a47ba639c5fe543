import "server-only";
import { db } from "@/lib/db";
import { hashToken, TOKEN_PREFIX } from "@/lib/api-tokens/token";
import type { SignedInUser } from "@/lib/users/data";

export type TokenCaller = { tokenId: string; user: SignedInUser };

/**
 * The token's id and the user it belongs to, with their current role; null for an unknown or
 * revoked token, or a deactivated user.
 */
export async function findTokenCaller(token: string): Promise<TokenCaller | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  // Every API call starts here, hence one plain statement.
  const [row] = await db().$queryRaw<(SignedInUser & { tokenId: string })[]>`
    SELECT t.id AS "tokenId", u.id, u.email, u.name, u.role::text AS role
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${hashToken(token)} AND t."revokedAt" IS NULL AND u."deactivatedAt" IS NULL`;
  if (!row) return null;
  const { tokenId, ...user } = row;
  return { tokenId, user };
}

export async function userForToken(token: string): Promise<SignedInUser | null> {
  return (await findTokenCaller(token))?.user ?? null;
}

export function listTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}
