import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/database/migrate";

const run = promisify(execFile);

async function emptyDatabase(): Promise<string> {
  const url = new URL(process.env.DATABASE_URL!);
  const name = `migrate_${Date.now()}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

describe("applyMigrations", () => {
  it("applies every migration once, and Prisma's own CLI agrees the schema is up to date", async () => {
    const url = await emptyDatabase();
    const first = await applyMigrations(url, () => {});
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(url, () => {})).toEqual([]);

    const { stdout } = await run(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "status"], {
      env: { ...process.env, DATABASE_URL: url },
    });
    expect(stdout).toContain("Database schema is up to date!");
  });
});
