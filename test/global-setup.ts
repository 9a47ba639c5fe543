// One embedded PostgreSQL for the whole test run, holding a template database with the
// migrations and the seeded plan. Each test file gets its own copy (test/database-per-file.ts).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrate";
import { disconnectDb } from "@/lib/db";
import { seedPlan } from "@/prisma/seed";
import { TEMPLATE_DATABASE } from "./template-database";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const home = mkdtempSync(path.join(tmpdir(), "muster-test-"));
  // mkdtemp makes the folder 0700; run as root, PostgreSQL runs as the postgres user and must be
  // able to reach its data folder inside.
  chmodSync(home, 0o755);
  process.env.MUSTER_HOME = home;
  const database = await startEmbeddedPostgres(() => {});
  const serverUrl = new URL(database.url);
  serverUrl.pathname = "/postgres";

  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await admin.end();

  const templateUrl = new URL(database.url);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  process.env.DATABASE_URL = templateUrl.toString();
  await applyMigrations(process.env.DATABASE_URL, () => {});
  await seedPlan({ demoUsers: true });
  // A template must have no open connections while it is copied.
  await disconnectDb();

  project.provide("serverUrl", serverUrl.toString());
  return async () => {
    await database.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
