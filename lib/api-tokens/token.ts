import { createHash, randomBytes } from "node:crypto";

// Tokens look like "mst_" + 32 random bytes; only their SHA-256 is stored. A random 256-bit token
// needs no slow hash: it cannot be guessed, only stolen, and then the hash does not help.
export const TOKEN_PREFIX = "mst_";

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
