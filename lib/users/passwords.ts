import bcrypt from "bcryptjs";

// bcrypt's work factor: ~70 ms a hash here, slow enough to resist guessing, quick enough to sign in.
const BCRYPT_COST = 10;

// A hash at BCRYPT_COST of a random password nobody kept: checking a password for an unknown
// e-mail against it costs what checking a known one costs, so the answer's timing names no account.
const UNMATCHABLE_HASH = "$2b$10$U5jHCo25R/mHP.GgxV/DReEy.sF9MeIEZwU2FTgbfLgS5IDYEQZEy";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Whether the password matches; with no hash (no such user) it does the same work and says no. */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? UNMATCHABLE_HASH);
  return matches && Boolean(hash);
}
