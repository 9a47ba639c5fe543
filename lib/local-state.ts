// Files Muster keeps beside itself when it runs without configuration: the embedded database and
// generated secrets. The folder is git-ignored; MUSTER_HOME moves it (tests use their own).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function localStateDir(): string {
  const dir = path.resolve(process.env.MUSTER_HOME ?? ".muster");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A random secret made on first use and kept in the local state folder (mode 0600). */
export function localSecret(name: string, stateDir = localStateDir()): string {
  const file = path.join(stateDir, `${name}.secret`);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
