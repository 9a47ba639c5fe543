// Applies Muster's checked-in migrations on start.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

function checkedInMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** Names of the checked-in migrations the database has not finished applying. */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    if (!rows[0].exists) return checkedInMigrations();
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return checkedInMigrations().filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

function runPrisma(args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed:\n${output.trim()}`)),
    );
  });
}

/**
 * Runs `prisma migrate deploy` when a migration is pending. The check comes first because the
 * CLI's WebAssembly engine lingers ~10 s before exiting even when there is nothing to do.
 */
export async function applyMigrations(databaseUrl: string, log: (message: string) => void = console.log) {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) return;
  log(`Applying ${pending.length} migration(s): ${pending.join(", ")}.`);
  await runPrisma(["migrate", "deploy"], databaseUrl);
}
