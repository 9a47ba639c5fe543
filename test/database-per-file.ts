// Gives each test file its own database, copied from the seeded template (test/global-setup.ts),
// so files run in parallel without seeing each other's writes.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { TEMPLATE_DATABASE } from "./template-database";

const serverUrl = inject("serverUrl");
const name = `muster_test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  await disconnectDb();
});
