import bcrypt from "bcryptjs";

// bcrypt's work factor: ~70 ms a hash here, slow enough to resist guessing, quick enough to sign in.
const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
