// Applies Muster's checked-in migrations on start, keeping Prisma's own record of them
// (_prisma_migrations, same columns and checksums), so `prisma migrate status` and
// `npm run db:migrate` agree with what a start applied. Done here rather than through the CLI:
// the CLI's WebAssembly engine lingers ~10 s before exiting, which a start cannot afford.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
// The advisory lock Prisma Migrate takes, so a start and a `prisma migrate` never run together,
// nor two nodes starting at once.
const PRISMA_MIGRATE_LOCK = 72707369;

type Migration = { name: string; sql: string; checksum: string };

function checkedInMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export async function applyMigrations(databaseUrl: string, log: (message: string) => void = console.log): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_HISTORY);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((row) => !row.finished_at);
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} failed earlier; resolve it with \`npx prisma migrate resolve\`.`);
    }
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const pending: string[] = [];
    for (const migration of checkedInMigrations()) {
      const recorded = applied.get(migration.name);
      if (recorded) {
        if (recorded !== migration.checksum) log(`Warning: migration ${migration.name} was edited after it was applied.`);
        continue;
      }
      log(`Applying migration ${migration.name}.`);
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      pending.push(migration.name);
    }
    return pending;
  } finally {
    await client.end();
  }
}
