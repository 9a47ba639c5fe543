import "server-only";
import { hashToken, newToken } from "@/lib/api-tokens/token";
import { recordAuditEvent } from "@/lib/audit/record";
import { createTokenSchema } from "@/lib/api-tokens/schema";
import { db } from "@/lib/db";
import { tokenSocketRoom } from "@/lib/realtime/handshake";
import { disconnectSockets } from "@/lib/realtime/publish";
import { DomainError } from "@/lib/errors";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

/** Characters of the token kept in clear, so its owner can tell tokens apart. */
const VISIBLE_PREFIX_LENGTH = 8;

/**
 * Creates an API token for the user: it acts with the user's role. The token is returned once,
 * here, and never stored.
 */
export async function createApiToken(user: SignedInUser, input: unknown) {
  const { name } = parseInput(createTokenSchema, input);
  const token = newToken();
  const created = await db().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash: hashToken(token), prefix: token.slice(0, VISIBLE_PREFIX_LENGTH) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    // The record keeps the prefix its owner tells tokens apart by, never the token.
    await recordAuditEvent(tx, user, { action: "token.created", itemKind: "token", itemKey: row.id, label: row.name, before: null, after: { name: row.name, prefix: row.prefix } });
    return row;
  });
  return { ...created, token };
}

export async function revokeApiToken(user: SignedInUser, tokenId: string) {
  await db().$transaction(async (tx) => {
    const revokedAt = new Date();
    const revoked = await tx.apiToken.updateManyAndReturn({
      where: { id: tokenId, userId: user.id, revokedAt: null },
      data: { revokedAt },
      select: { id: true, name: true, prefix: true },
    });
    const [token] = revoked;
    if (!token) throw new DomainError("not_found", "You have no active token with that id.");
    await recordAuditEvent(tx, user, {
      action: "token.revoked",
      itemKind: "token",
      itemKey: token.id,
      label: token.name,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { name: token.name, prefix: token.prefix, revokedAt: revokedAt.toISOString() },
    });
  });
  // Sockets opened with it close now; each would be refused at its next command anyway.
  disconnectSockets(tokenSocketRoom(tokenId));
}
